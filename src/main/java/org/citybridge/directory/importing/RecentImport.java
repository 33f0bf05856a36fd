package org.citybridge.directory.importing;

import java.time.Instant;
import java.util.UUID;

import org.citybridge.platform.jobs.JobStatus;
import org.citybridge.platform.jobs.JobView;

/** One of the user's latest imports as the import page lists them: when, which mode, how far; never its report. */
public record RecentImport(JobView job, ImportMode mode) {

    public UUID id() {
        return job.id();
    }

    public Instant startedAt() {
        return job.startedAt();
    }

    public JobStatus state() {
        return job.status();
    }

    public boolean running() {
        return job.running();
    }

    public Integer percent() {
        return job.percent();
    }
}
