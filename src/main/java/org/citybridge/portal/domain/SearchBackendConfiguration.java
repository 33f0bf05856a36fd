package org.citybridge.portal.domain;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses Hibernate Search's backend: Lucene on local disk ({@link SearchAnalysis}) when no search server is
 * configured, as for one machine; otherwise OpenSearch ({@link OpenSearchAnalysis}) with the {@code outbox-polling}
 * coordination, so that a change committed through any instance is written to an outbox table in the same transaction
 * and indexed by a background processor: nothing is lost while the cluster is down, and the index catches up when it
 * returns. The outbox tables exist in both cases (Flyway); the Lucene backend leaves them empty.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchBackendProperties.class)
class SearchBackendConfiguration {

    private static final String SEARCH = "hibernate.search.";
    /** The clusters the application is made for and tested with (OpenSearch 2.19). */
    private static final String OPENSEARCH_VERSION = "opensearch:2.19";

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchBackendProperties search) {
        return properties -> {
            properties.putAll(settings(search));
            if (search.remote()) {
                // the outbox is processed in the background: waiting in the committing thread (as tests ask of Lucene) cannot
                // be; blank is unset for Hibernate Search, and overrides a value from spring.jpa.properties
                properties.put(SEARCH + "indexing.plan.synchronization.strategy", "");
            }
        };
    }

    static Map<String, Object> settings(SearchBackendProperties search) {
        if (!search.remote()) {
            return Map.of(
                    SEARCH + "backend.type", "lucene",
                    SEARCH + "backend.directory.root", search.indexDir().toString(),
                    SEARCH + "backend.lucene_version", "LATEST",
                    SEARCH + "backend.analysis.configurer", "bean:searchAnalysis",
                    SEARCH + "coordination.strategy", "none");
        }
        Map<String, Object> remote = new HashMap<>(Map.of(
                SEARCH + "backend.type", "elasticsearch",
                SEARCH + "backend.uris", search.url().toString(),
                SEARCH + "backend.analysis.configurer", "bean:openSearchAnalysis",
                // nothing asked of the cluster while the application starts, so that it starts while the cluster is
                // down: the dialect is OpenSearch 2's, and the index is created or checked afterwards (SearchIndexAtStart)
                SEARCH + "backend.version", OPENSEARCH_VERSION,
                SEARCH + "backend.version_check.enabled", "false",
                SEARCH + "schema_management.strategy", "none",
                SEARCH + "coordination.strategy", "outbox-polling",
                // a change that could not be indexed is retried three times this many seconds apart, then set aside
                // until the cluster answers again (SearchOutbox)
                SEARCH + "coordination.event_processor.retry_delay", "5"));
        if (search.username() != null && !search.username().isBlank()) {
            remote.put(SEARCH + "backend.username", search.username());
            remote.put(SEARCH + "backend.password", search.password() == null ? "" : search.password());
        }
        return remote;
    }
}
