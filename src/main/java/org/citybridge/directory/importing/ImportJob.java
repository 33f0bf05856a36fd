package org.citybridge.directory.importing;

import java.time.Instant;
import java.util.UUID;

/**
 * A roster import running in the background, or its outcome: the phase and rows done of the phase's total while it
 * runs; the report when done; the reason (in the uploader's language) when it failed.
 */
public record ImportJob(UUID id, String fileToken, ImportMode mode, SheetLayout layout, State state, ImportPhase phase,
                        int done, int total, ImportReport report, String error, Instant startedAt) {

    public enum State {
        RUNNING, DONE, FAILED
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** How far the job is, 0 to 100: reading counts as the first 5, checking up to 50, writing the rest. */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        double share = total == 0 ? 0 : (double) done / total;
        return switch (phase) {
            case READING -> 0;
            case CHECKING -> 5 + (int) (share * (mode == ImportMode.PREVIEW ? 95 : 45));
            case WRITING -> 50 + (int) (share * 50);
        };
    }
}
