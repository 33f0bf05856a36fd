package org.citybridge.accounts.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.citybridge.shared.Sha256;

/**
 * The rules of assigning province coordinators, without a database: which choices are valid (each on its field of
 * the form, {@code choices[i].provinceCode} or {@code choices[i].accountId}), what each changes, and what an undo
 * restores or finds changed since.
 */
final class CoordinatorPlanner {

    private CoordinatorPlanner() {
    }

    /**
     * The plan of the choices against the accounts as they stand ({@code accounts} by id; an id missing is unknown)
     * and the provinces by code; refused with every invalid choice when there is one.
     */
    static CoordinatorPlan plan(List<CoordinatorChoice> choices, Map<Long, AccountView> accounts,
                                Map<String, String> provinces) {
        List<RuleViolation> violations = new ArrayList<>();
        if (choices.isEmpty()) {
            throw new RuleViolations(List.of(new RuleViolation(null, "coordinators.error.noProvinces")));
        }
        Set<String> seenProvinces = new HashSet<>();
        Map<Long, String> chosenFor = new HashMap<>();
        List<CoordinatorLine> changes = new ArrayList<>();
        List<CoordinatorLine> unchanged = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            CoordinatorChoice choice = choices.get(i);
            String province = choice.provinceCode();
            if (province == null || !provinces.containsKey(province)) {
                violations.add(new RuleViolation(field(i, "provinceCode"), "coordinators.error.unknownProvince",
                        province == null ? "" : province));
                continue;
            }
            if (!seenProvinces.add(province)) {
                violations.add(new RuleViolation(field(i, "provinceCode"), "coordinators.error.provinceTwice", provinces.get(province)));
                continue;
            }
            if (choice.accountId() == null) {
                continue;
            }
            AccountView account = accounts.get(choice.accountId());
            String accountField = field(i, "accountId");
            if (account == null) {
                violations.add(new RuleViolation(accountField, "coordinators.error.unknownAccount", String.valueOf(choice.accountId())));
            } else if (account.role() != Role.PROVINCE) {
                violations.add(new RuleViolation(accountField, "coordinators.error.notCoordinator", account.username()));
            } else if (!account.enabled()) {
                violations.add(new RuleViolation(accountField, "coordinators.error.disabled", account.username()));
            } else if (chosenFor.containsKey(account.id())) {
                violations.add(new RuleViolation(accountField, "coordinators.error.accountTwice", account.displayName(),
                        provinces.get(chosenFor.get(account.id()))));
            } else {
                chosenFor.put(account.id(), province);
                CoordinatorLine line = line(account, account.provinceCode(), province, provinces);
                (Objects.equals(account.provinceCode(), province) ? unchanged : changes).add(line);
            }
        }
        RuleViolations.throwIfAny(violations);
        if (chosenFor.isEmpty()) {
            throw new RuleViolations(List.of(new RuleViolation(null, "coordinators.error.nothingChosen")));
        }
        return new CoordinatorPlan(null, changes, unchanged, List.of(), fingerprint(null, changes));
    }

    /**
     * The undo of a batch: each account back to the province it had before, when it still has the one the batch gave
     * it; otherwise a conflict, showing the account as it is now and as the batch left it.
     */
    static CoordinatorPlan undo(CoordinatorBatchDetails batch, Map<Long, AccountView> accounts, Map<String, String> provinces) {
        List<CoordinatorLine> changes = new ArrayList<>();
        List<CoordinatorLine> conflicts = new ArrayList<>();
        for (CoordinatorLine done : batch.changes()) {
            AccountView now = accounts.get(done.accountId());
            String current = now == null || now.role() != Role.PROVINCE ? null : now.provinceCode();
            if (Objects.equals(current, done.toProvince())) {
                changes.add(line(now, current, done.fromProvince(), provinces));
            } else {
                conflicts.add(new CoordinatorLine(done.accountId(), done.username(), done.displayName(), current,
                        current == null ? null : provinces.get(current), done.toProvince(), provinces.get(done.toProvince())));
            }
        }
        long undoOf = batch.batch().id();
        return new CoordinatorPlan(undoOf, changes, List.of(), conflicts, fingerprint(undoOf, changes));
    }

    private static CoordinatorLine line(AccountView account, String from, String to, Map<String, String> provinces) {
        return new CoordinatorLine(account.id(), account.username(), account.displayName(), from,
                from == null ? null : provinces.get(from), to, provinces.get(to));
    }

    private static String field(int index, String name) {
        return "choices[" + index + "]." + name;
    }

    private static String fingerprint(Long undoOf, List<CoordinatorLine> changes) {
        StringBuilder text = new StringBuilder(String.valueOf(undoOf));
        changes.forEach(c -> text.append('|').append(c.accountId()).append(':').append(c.fromProvince()).append('>')
                .append(c.toProvince()));
        return Sha256.shortHex(text.toString(), 12);
    }
}
