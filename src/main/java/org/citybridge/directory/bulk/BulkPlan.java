package org.citybridge.directory.bulk;

import java.util.List;

/**
 * What a bulk change would do: the cities it changes, those it leaves as they are, and (for an undo) the cities
 * changed since by someone else, which refuse the whole undo. {@code fingerprint} names exactly these changes, so an
 * apply can tell whether the roster moved after the preview.
 */
public record BulkPlan(BulkAction action, String tag, Long undoOf, List<CityLine> changes, List<CityLine> unchanged,
                       List<CityLine> conflicts, String fingerprint) {

    public boolean applicable() {
        return conflicts.isEmpty() && !changes.isEmpty();
    }

    public boolean isTag() {
        return tag != null;
    }
}
