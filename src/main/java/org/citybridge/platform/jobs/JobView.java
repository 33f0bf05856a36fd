package org.citybridge.platform.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job as its owner sees it on the progress page and in the list.
 *
 * @param phase what the work said it was doing when it last told its progress, or null
 * @param link  where the job's result is shown, given from the start by work that has a page of its own
 */
public record JobView(UUID id, String title, JobStatus status, long done, Long total, String phase, String message,
                      String link, String fileName, Instant startedAt, Instant finishedAt) {

    public boolean running() {
        return status == JobStatus.RUNNING;
    }

    public boolean failed() {
        return status == JobStatus.FAILED;
    }

    public boolean hasFile() {
        return status == JobStatus.DONE && fileName != null;
    }

    /** Percent done, or null while the size of the work is not known yet. */
    public Integer percent() {
        if (status == JobStatus.DONE) {
            return 100;
        }
        return total == null || total == 0 ? null : (int) Math.min(100, done * 100 / total);
    }
}
