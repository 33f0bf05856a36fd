package org.citybridge.accounts.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.accounts.audit.AuditLog;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.ProvinceView;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns PROVINCE accounts to provinces in one action, for the administrator only: first a preview of each account's
 * province before and after, then the change in one transaction, audited per account (naming the batch) and as a
 * batch, and an undo that is itself a previewed batch, refused when an account's scope changed since.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CoordinatorAssignments {

    private final UserAccountRepository accounts;
    private final CoordinatorBatchStore store;
    private final CityDirectory directory;
    private final SessionTerminator sessions;
    private final AuditLog auditLog;

    CoordinatorAssignments(UserAccountRepository accounts, CoordinatorBatchStore store, CityDirectory directory,
                           SessionTerminator sessions, AuditLog auditLog) {
        this.accounts = accounts;
        this.store = store;
        this.directory = directory;
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    /** The provinces of the given cities (picked by code, or all matching the city list's filter), by code. */
    @Transactional(readOnly = true)
    public List<String> provincesOfCities(Collection<String> cityCodes, CityFilter allMatching) {
        List<CityRef> cities = allMatching != null ? directory.cityRefs(allMatching) : directory.cityRefs(cityCodes);
        return cities.stream().map(CityRef::provinceCode).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** The given provinces (all when none is given; unknown codes left out) with their coordinators now. */
    @Transactional(readOnly = true)
    public List<ProvinceCoordinatorsView> provinces(Collection<String> provinceCodes) {
        Map<String, String> names = provinceNames();
        Map<String, List<AccountView>> coordinators = coordinatorAccounts().stream()
                .map(account -> view(account, names))
                .collect(Collectors.groupingBy(AccountView::provinceCode));
        return names.entrySet().stream()
                .filter(province -> provinceCodes.isEmpty() || provinceCodes.contains(province.getKey()))
                .map(province -> new ProvinceCoordinatorsView(province.getKey(), province.getValue(),
                        coordinators.getOrDefault(province.getKey(), List.of())))
                .toList();
    }

    /** The accounts one can assign: enabled PROVINCE accounts, by their province and username. */
    @Transactional(readOnly = true)
    public List<AccountView> candidates() {
        Map<String, String> names = provinceNames();
        return coordinatorAccounts().stream().filter(UserAccount::enabled).map(account -> view(account, names)).toList();
    }

    @Transactional(readOnly = true)
    public CoordinatorPlan preview(List<CoordinatorChoice> choices) {
        return plan(choices);
    }

    /**
     * Assigns as previewed. Refused, with nothing changed, when the plan is no longer the one with
     * {@code fingerprint} (null: no preview to compare with) or changes nothing.
     */
    public CoordinatorBatchView apply(List<CoordinatorChoice> choices, String fingerprint) {
        store.lock(choices.stream().map(CoordinatorChoice::accountId).filter(Objects::nonNull).toList());
        return applied(plan(choices), fingerprint);
    }

    @Transactional(readOnly = true)
    public CoordinatorPlan previewUndo(long batchId) {
        return undoPlan(batchId, false);
    }

    /** Restores each account's province from before the batch; refused when any of them changed since. */
    public CoordinatorBatchView undo(long batchId, String fingerprint) {
        CoordinatorPlan plan = undoPlan(batchId, true);
        if (!plan.conflicts().isEmpty()) {
            throw new RuleViolation(null, "coordinators.error.changedSince",
                    plan.conflicts().stream().map(CoordinatorLine::displayName).collect(Collectors.joining("、")));
        }
        return applied(plan, fingerprint);
    }

    @Transactional(readOnly = true)
    public PageOf<CoordinatorBatchView> batches(int page, int size) {
        return store.batches(page, size);
    }

    @Transactional(readOnly = true)
    public CoordinatorBatchDetails batch(long id) {
        return details(id, provinceNames());
    }

    private CoordinatorPlan plan(List<CoordinatorChoice> choices) {
        Map<String, String> names = provinceNames();
        List<Long> ids = choices.stream().map(CoordinatorChoice::accountId).filter(Objects::nonNull).distinct().toList();
        return CoordinatorPlanner.plan(choices, accountsById(ids, names), names);
    }

    private CoordinatorPlan undoPlan(long batchId, boolean lock) {
        Map<String, String> names = provinceNames();
        CoordinatorBatchDetails batch = details(batchId, names);
        if (batch.batch().undoneBy() != null) {
            throw new RuleViolation(null, "coordinators.error.alreadyUndone", batch.batch().id(), batch.batch().undoneBy());
        }
        List<Long> ids = batch.changes().stream().map(CoordinatorLine::accountId).toList();
        if (lock) {
            store.lock(ids);
        }
        return CoordinatorPlanner.undo(batch, accountsById(ids, names), names);
    }

    private CoordinatorBatchView applied(CoordinatorPlan plan, String fingerprint) {
        if (fingerprint != null && !fingerprint.equals(plan.fingerprint())) {
            throw new RuleViolation(null, "coordinators.error.outdated");
        }
        if (plan.changes().isEmpty()) {
            throw new RuleViolation(null, "coordinators.error.nothingChanges");
        }
        String actor = Actors.currentOrSystem().username();
        long id = store.insert(plan, actor);
        for (CoordinatorLine change : plan.changes()) {
            UserAccount account = accounts.findById(change.accountId()).orElseThrow();
            Map<String, Object> before = account.snapshot();
            account.assign(new Scope(Role.PROVINCE, null, change.toProvince(), null));
            before.put("batch", id);
            Map<String, Object> after = account.snapshot();
            after.put("batch", id);
            auditLog.record(actor, "account.coordinatorBatch", "account", account.id(), before, after);
            sessions.endSessionsOf(account.username());
        }
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("undoOf", plan.undoOf());
        batch.put("accounts", plan.changes().stream().map(c -> c.username() + ": " + c.fromProvinceName() + " → " + c.toProvinceName()).toList());
        auditLog.record(actor, "coordinator.batch", "coordinator_batch", id, null, batch);
        return store.details(id, Map.of()).orElseThrow().batch();
    }

    private CoordinatorBatchDetails details(long id, Map<String, String> provinces) {
        return store.details(id, provinces).orElseThrow(() -> new NotFoundException("coordinators.error.unknownBatch", id));
    }

    private Map<Long, AccountView> accountsById(Collection<Long> ids, Map<String, String> provinces) {
        return accounts.findAllById(ids).stream().map(account -> view(account, provinces))
                .collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    private List<UserAccount> coordinatorAccounts() {
        return accounts.findByRoleOrderByProvinceCodeAscUsernameAsc(Role.PROVINCE);
    }

    private Map<String, String> provinceNames() {
        return directory.provinces().stream()
                .collect(Collectors.toMap(ProvinceView::code, ProvinceView::name, (a, b) -> a, LinkedHashMap::new));
    }

    private static AccountView view(UserAccount account, Map<String, String> provinces) {
        return AccountView.of(account, null, account.provinceCode() == null ? null : provinces.get(account.provinceCode()), null);
    }
}
