package org.citybridge.shared;

import java.time.Instant;

/** One step of a workflow's history, as the history tables show it. */
public interface HistoryStep {

    Instant at();

    String actor();

    /** The message key of what was done. */
    String actionKey();

    /** The message key of the state it led to. */
    String stateKey();

    /** The note or opinion given with it, if any. */
    String remark();
}
