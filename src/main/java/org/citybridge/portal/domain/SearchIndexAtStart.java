package org.citybridge.portal.domain;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the search index ready once the application has started: with an OpenSearch cluster, creates the index if it
 * is missing and checks its mapping; then rebuilds it in the background if it cannot answer for the articles
 * ({@link ArticleSearching#rebuildIfOutdated()}). An instance starts while the cluster is down, as it runs while the
 * cluster is down: its pages serve, search says it is unavailable, changes wait in the outbox; this is tried again at
 * every recheck of the cluster ({@code citybridge.search.outbox-recheck}) until it answers, and from then on each
 * recheck puts back in the queue the changes set aside while it was down ({@link SearchOutbox}), and makes the index
 * again and rebuilds it should it have been deleted under the running application. With the Lucene
 * backend there is nothing to recheck. Any other failure (an index of another mapping that cannot be validated) stops
 * the start, as Hibernate Search's own check would.
 */
@Component
class SearchIndexAtStart {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAtStart.class);

    private final SearchBackendProperties backend;
    private final EntityManagerFactory entityManagerFactory;
    private final ArticleSearching searching;
    private final SearchOutbox outbox;
    private boolean ready;
    private boolean waitingSaid;

    SearchIndexAtStart(SearchBackendProperties backend, EntityManagerFactory entityManagerFactory, ArticleSearching searching,
                       SearchOutbox outbox) {
        this.backend = backend;
        this.entityManagerFactory = entityManagerFactory;
        this.searching = searching;
        this.outbox = outbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void prepare() {
        ready = false;
        prepareIfTheClusterAnswers();
    }

    @Scheduled(initialDelayString = "${citybridge.search.outbox-recheck:10s}", fixedDelayString = "${citybridge.search.outbox-recheck:10s}")
    synchronized void recheckTheCluster() {
        if (!backend.remote()) {
            return;
        }
        if (ready) {
            switch (countAnswer()) {
                case COUNTED -> {
                    outbox.requeueAborted();
                    return;
                }
                case NO_ANSWER -> {
                    return;
                }
                case INDEX_MISSING -> {
                    log.warn("The search index is gone from the cluster: it is created again and rebuilt from the articles");
                    ready = false;
                }
            }
        }
        try {
            prepareIfTheClusterAnswers();
        } catch (RuntimeException e) {
            ready = true;
            log.error("The search cluster answers, but its index cannot be used: search will fail until this is mended", e);
        }
    }

    /** What the cluster answers when asked for the index's count: one request per recheck while the index is ready. */
    private enum CountAnswer {
        COUNTED,
        /** The index is not there: deleted by hand, or a cluster restored without it. */
        INDEX_MISSING,
        /** Down, unreachable, or not able to search for now. */
        NO_ANSWER
    }

    private CountAnswer countAnswer() {
        try {
            searching.indexed();
            return CountAnswer.COUNTED;
        } catch (RuntimeException e) {
            return SearchBackendFailures.indexMissing(e) ? CountAnswer.INDEX_MISSING : CountAnswer.NO_ANSWER;
        }
    }

    private synchronized void prepareIfTheClusterAnswers() {
        if (ready) {
            return;
        }
        try {
            if (backend.remote()) {
                Search.mapping(entityManagerFactory).scope(Article.class).schemaManager().createOrValidate();
            }
            searching.rebuildIfOutdated();
            ready = true;
            if (waitingSaid) {
                log.info("The search cluster answers: the search index is ready");
            }
        } catch (RuntimeException e) {
            if (!backend.remote() || !SearchBackendFailures.unreachable(e)) {
                throw e;
            }
            if (!waitingSaid) {
                waitingSaid = true;
                log.warn("The search cluster does not answer ({}): the application serves without search, and the index is made ready once it answers",
                        e.getMessage());
            }
        }
    }
}
