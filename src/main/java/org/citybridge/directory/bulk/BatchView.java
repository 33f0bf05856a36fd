package org.citybridge.directory.bulk;

import java.time.Instant;
import java.time.LocalDate;

import org.citybridge.directory.Membership;

/** A batch as the list of bulk operations shows it. */
public record BatchView(long id, BulkAction action, String tag, Membership membership, LocalDate memberSince, Long undoOf,
                        Long undoneBy, String actor, Instant at, int cityCount) {

    public boolean undoable() {
        return undoneBy == null;
    }
}
