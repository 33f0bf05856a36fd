package org.citybridge.accounts.domain;

import java.util.List;

/** A coordinator batch with each account's province before and after it. */
public record CoordinatorBatchDetails(CoordinatorBatchView batch, List<CoordinatorLine> changes) {
}
