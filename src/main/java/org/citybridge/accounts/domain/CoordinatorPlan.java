package org.citybridge.accounts.domain;

import java.util.List;

/**
 * What a coordinator assignment would do: the accounts whose province changes, those chosen for the province they
 * already have, and (for an undo) the accounts changed since the batch, which refuse the whole undo.
 * {@code fingerprint} names exactly these changes, so an apply can tell whether the accounts moved after the preview.
 */
public record CoordinatorPlan(Long undoOf, List<CoordinatorLine> changes, List<CoordinatorLine> unchanged,
                              List<CoordinatorLine> conflicts, String fingerprint) {

    public boolean applicable() {
        return conflicts.isEmpty() && !changes.isEmpty();
    }
}
