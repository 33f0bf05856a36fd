package org.citybridge.portal.domain;

import java.util.concurrent.atomic.AtomicLong;

import org.citybridge.platform.jobs.JobProgress;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/** Hibernate Search's count of articles written to the index, passed on as a job's progress. */
class ProgressMonitor implements MassIndexingMonitor {

    private final JobProgress progress;
    private final AtomicLong added = new AtomicLong();

    ProgressMonitor(JobProgress progress) {
        this.progress = progress;
    }

    @Override
    public void documentsAdded(long count) {
        progress.done(added.addAndGet(count));
    }

    @Override
    public void documentsBuilt(long count) {
    }

    @Override
    public void entitiesLoaded(long count) {
    }

    @Override
    public void indexingCompleted() {
    }
}
