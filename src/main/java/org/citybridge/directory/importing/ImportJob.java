package org.citybridge.directory.importing;

import java.time.Instant;
import java.util.UUID;

import org.citybridge.platform.jobs.JobStatus;
import org.citybridge.platform.jobs.JobView;

/**
 * A roster import running as a background job, or its outcome: the job's state and progress (with the phase and row
 * as the import says them); the report once the rows are checked; the reason (in the uploader's language) if it failed.
 */
public record ImportJob(JobView job, String fileToken, ImportMode mode, SheetLayout layout, ImportReport report) {

    public UUID id() {
        return job.id();
    }

    public JobStatus state() {
        return job.status();
    }

    public boolean running() {
        return job.running();
    }

    /** What the import is doing ("正在检查第 120 / 3000 行……"), or null before it has begun. */
    public String phase() {
        return job.phase();
    }

    /** How far the import is, 0 to 100, or null before it has begun. */
    public Integer percent() {
        return job.percent();
    }

    public String error() {
        return job.failed() ? job.message() : null;
    }

    public Instant startedAt() {
        return job.startedAt();
    }
}
