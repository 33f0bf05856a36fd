package org.citybridge.portal.domain;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

import static org.awaitility.Awaitility.await;

/** Waits for the search index, for tests and benchmarks that start on an index being rebuilt. */
public final class SearchIndexTesting {

    private SearchIndexTesting() {
    }

    /** Until every article is indexed by the current mapping (a rebuild at start, for one, has finished). */
    public static void awaitUpToDate(ApplicationContext context, Duration atMost) {
        ArticleSearching searching = context.getBean(ArticleSearching.class);
        await("the search index up to date").atMost(atMost).pollInterval(Duration.ofMillis(500)).until(searching::upToDate);
    }
}
