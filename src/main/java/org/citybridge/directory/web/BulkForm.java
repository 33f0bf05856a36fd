package org.citybridge.directory.web;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkAction;
import org.citybridge.directory.bulk.BulkOperation;
import org.citybridge.directory.bulk.CitySelection;

/**
 * A bulk change as the city list posts it: the cities picked (or all matching the list's filter, carried as
 * {@code in*} fields so as not to clash with the action's own membership and tag), the action and its values, and,
 * once previewed, the plan's fingerprint.
 */
record BulkForm(List<String> codes, Boolean allMatching, String inProvince, CityLevel inLevel, Membership inMembership,
                String inTag, String inQ, Boolean inWithoutLiaison, BulkAction action, Membership membership,
                LocalDate memberSince, String tag, Long undoOf, String importToken, String fingerprint) {

    BulkForm {
        codes = codes == null ? List.of() : codes;
        allMatching = Boolean.TRUE.equals(allMatching);
        action = action == null ? BulkAction.SET_MEMBERSHIP : action;
    }

    static BulkForm empty() {
        return new BulkForm(List.of(), false, null, null, null, null, null, false, BulkAction.SET_MEMBERSHIP,
                Membership.MEMBER, null, null, null, null, null);
    }

    static BulkForm undo(long batchId) {
        return new BulkForm(List.of(), false, null, null, null, null, null, false, BulkAction.UNDO, null, null, null,
                batchId, null, null);
    }

    static BulkForm imported(String token) {
        return new BulkForm(List.of(), false, null, null, null, null, null, false, BulkAction.IMPORT, null, null, null,
                null, token, null);
    }

    CityFilter filter() {
        return new CityFilter(inProvince, inLevel, inMembership, inTag, inQ, inWithoutLiaison);
    }

    CitySelection selection() {
        return allMatching ? CitySelection.allMatching(filter()) : CitySelection.of(codes);
    }

    /** The operation, but for an import, whose cities come from the kept file. */
    BulkOperation operation() {
        return BulkOperation.of(action, membership, memberSince, tag, undoOf);
    }
}
