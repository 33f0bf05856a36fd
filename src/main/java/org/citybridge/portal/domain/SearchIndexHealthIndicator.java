package org.citybridge.portal.domain;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The search index answers a query (health component {@code searchIndex}, part of readiness): the index folder is
 * readable with the embedded Lucene backend, the search server answers with a remote one.
 */
@Component
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final ArticleSearching searching;

    SearchIndexHealthIndicator(ArticleSearching searching) {
        super("The search index does not answer");
        this.searching = searching;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("documents", searching.indexed());
    }
}
