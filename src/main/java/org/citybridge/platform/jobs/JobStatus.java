package org.citybridge.platform.jobs;

public enum JobStatus {
    RUNNING, DONE, FAILED
}
