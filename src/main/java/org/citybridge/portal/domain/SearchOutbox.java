package org.citybridge.portal.domain;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes waiting in the outbox to reach the OpenSearch index (none with the Lucene backend, which indexes as it
 * commits). Hibernate Search retries a change that could not be indexed three times, {@code retry_delay} apart, then
 * sets it aside as aborted: here, once the cluster answers again, every aborted change is put back in the queue, so an
 * outage of any length loses nothing (drill 6).
 */
@Component
class SearchOutbox {

    private static final Logger log = LoggerFactory.getLogger(SearchOutbox.class);

    private final JdbcClient jdbc;
    private final EntityManagerFactory entityManagerFactory;

    SearchOutbox(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Changes not yet in the index: waiting, being retried or set aside. */
    long backlog() {
        return jdbc.sql("SELECT count(*) FROM hsearch_outbox_event").query(Long.class).single();
    }

    /** Called at each recheck at which the cluster answered for the index ({@link SearchIndexAtStart}). */
    void requeueAborted() {
        int requeued = Search.mapping(entityManagerFactory).extension(OutboxPollingExtension.get()).reprocessAbortedEvents();
        if (requeued > 0) {
            log.info("The search cluster answers again: {} changes set aside while it was down are queued again", requeued);
        }
    }
}
