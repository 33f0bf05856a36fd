package org.citybridge.platform.jobs;

/** The work of a long job, run in the background as the user who started it. */
@FunctionalInterface
public interface JobWork {

    JobOutcome run(JobProgress progress) throws Exception;
}
