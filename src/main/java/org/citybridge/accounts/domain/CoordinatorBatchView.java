package org.citybridge.accounts.domain;

import java.time.Instant;

/** A coordinator assignment batch as the list of batches shows it. */
public record CoordinatorBatchView(long id, Long undoOf, Long undoneBy, String actor, Instant at, int accountCount) {

    public boolean undoable() {
        return undoneBy == null;
    }
}
