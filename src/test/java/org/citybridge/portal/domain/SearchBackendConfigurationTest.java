package org.citybridge.portal.domain;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBackendConfigurationTest {

    @Test
    void withoutAUrlTheIndexIsLuceneOnLocalDiskWithoutCoordination() {
        var settings = SearchBackendConfiguration.settings(new SearchBackendProperties(URI.create(""), null, null, Path.of("data/search")));

        assertThat(settings).containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", Path.of("data/search").toString())
                .containsEntry("hibernate.search.backend.analysis.configurer", "bean:searchAnalysis")
                .containsEntry("hibernate.search.coordination.strategy", "none");
    }

    @Test
    void withAUrlTheIndexIsOpenSearchsFedThroughTheOutbox() {
        var settings = SearchBackendConfiguration.settings(
                new SearchBackendProperties(URI.create("http://opensearch:9200"), "citybridge", "s3cret", Path.of("data/search")));

        assertThat(settings).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "http://opensearch:9200")
                .containsEntry("hibernate.search.backend.username", "citybridge")
                .containsEntry("hibernate.search.backend.password", "s3cret")
                .containsEntry("hibernate.search.backend.analysis.configurer", "bean:openSearchAnalysis")
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .containsEntry("hibernate.search.backend.version_check.enabled", "false")
                .containsEntry("hibernate.search.schema_management.strategy", "none")
                .doesNotContainKey("hibernate.search.backend.directory.root");
    }

    @Test
    void noCredentialsAreSentUnlessAUserIsConfigured() {
        var settings = SearchBackendConfiguration.settings(
                new SearchBackendProperties(URI.create("http://opensearch:9200"), "", "", Path.of("data/search")));

        assertThat(settings).doesNotContainKeys("hibernate.search.backend.username", "hibernate.search.backend.password");
    }
}
