package org.citybridge.directory.bulk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkOperation.AddTag;
import org.citybridge.directory.bulk.BulkOperation.ImportMembers;
import org.citybridge.directory.bulk.BulkOperation.RemoveTag;
import org.citybridge.directory.bulk.BulkOperation.SetMembership;
import org.citybridge.shared.Sha256;

/** Works out, without touching anything, what a bulk change does to each city as it stands now. */
final class BulkPlanner {

    private BulkPlanner() {
    }

    /** The plan of a change to the given cities (not an undo). */
    static BulkPlan plan(BulkOperation operation, List<CityState> cities) {
        String tag = operation.tag();
        List<CityLine> lines = cities.stream().map(city -> city.line(city.value(tag), target(operation, city))).toList();
        return plan(operation.action(), tag, null, lines, List.of());
    }

    /** The plan restoring what the batch replaced; a city whose value is no longer the one the batch left is a conflict. */
    static BulkPlan undo(BatchDetails batch, List<CityState> cities) {
        String tag = batch.batch().tag();
        Map<String, CityState> byCode = cities.stream().collect(Collectors.toMap(CityState::code, Function.identity()));
        List<CityLine> lines = new ArrayList<>();
        List<CityLine> conflicts = new ArrayList<>();
        for (CityLine done : batch.changes()) {
            CityState city = byCode.get(done.cityCode());
            CityValue now = city.value(tag);
            if (now.equals(done.to())) {
                lines.add(city.line(now, done.from()));
            } else {
                conflicts.add(city.line(now, done.to()));
            }
        }
        return plan(BulkAction.UNDO, tag, batch.batch().id(), lines, conflicts);
    }

    private static CityValue target(BulkOperation operation, CityState city) {
        if (operation instanceof SetMembership set) {
            return membership(set.membership(), set.memberSince(), city);
        }
        if (operation instanceof AddTag) {
            return CityValue.tagged(true);
        }
        if (operation instanceof RemoveTag) {
            return CityValue.tagged(false);
        }
        if (operation instanceof ImportMembers imported) {
            CityValue wanted = imported.targets().get(city.code());
            return wanted.memberSince() == null && wanted.membership() == Membership.SUSPENDED
                    ? CityValue.membership(Membership.SUSPENDED, city.memberSince()) : wanted;
        }
        throw new IllegalArgumentException("an undo is planned from its batch");
    }

    /**
     * Members stay members since their own date, and a suspended city made a member again is one since its own date
     * too (the date given is for cities that join); a suspension keeps the date; leaving drops it.
     */
    private static CityValue membership(Membership wanted, LocalDate since, CityState city) {
        if (wanted == Membership.MEMBER && city.membership() != Membership.NONE && city.memberSince() != null) {
            return CityValue.membership(Membership.MEMBER, city.memberSince());
        }
        return CityValue.membership(wanted, wanted == Membership.MEMBER ? since : city.memberSince());
    }

    private static BulkPlan plan(BulkAction action, String tag, Long undoOf, List<CityLine> lines, List<CityLine> conflicts) {
        List<CityLine> changes = lines.stream().filter(l -> !l.from().equals(l.to())).toList();
        List<CityLine> unchanged = lines.stream().filter(l -> l.from().equals(l.to())).toList();
        return new BulkPlan(action, tag, undoOf, changes, unchanged, List.copyOf(conflicts),
                fingerprint(action, tag, undoOf, changes));
    }

    private static String fingerprint(BulkAction action, String tag, Long undoOf, List<CityLine> changes) {
        StringBuilder text = new StringBuilder(action + "|" + tag + "|" + undoOf);
        changes.forEach(c -> text.append('|').append(c.cityCode()).append(':').append(c.from().token()).append('>')
                .append(c.to().token()));
        return Sha256.shortHex(text.toString(), 12);
    }
}
