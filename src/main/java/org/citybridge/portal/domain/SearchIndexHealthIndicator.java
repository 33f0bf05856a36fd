package org.citybridge.portal.domain;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The search index answers a query (health component {@code searchIndex}, in the application's health, not in its
 * readiness: without it only search fails): the index folder is readable with the embedded Lucene backend, the
 * OpenSearch cluster answers a count with a remote one (see docs/operations.md, drill 6).
 */
@Component
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final ArticleSearching searching;
    private final String backend;

    SearchIndexHealthIndicator(ArticleSearching searching, SearchBackendProperties properties) {
        super("The search index does not answer");
        this.searching = searching;
        this.backend = properties.remote() ? "opensearch" : "lucene";
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("backend", backend).up().withDetail("documents", searching.indexed());
    }
}
