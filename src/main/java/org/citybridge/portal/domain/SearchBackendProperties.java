package org.citybridge.portal.domain;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives ({@code citybridge.search.*}).
 *
 * @param url      an OpenSearch 2.x cluster ({@code CITYBRIDGE_SEARCH_URL}, e.g. {@code http://opensearch:9200}): the
 *                 index is shared by every instance, changes reach it through an outbox in the database; none: Lucene
 *                 on local disk, one index per instance
 * @param username basic authentication to the cluster, if it asks for it ({@code CITYBRIDGE_SEARCH_USERNAME})
 * @param password its password ({@code CITYBRIDGE_SEARCH_PASSWORD})
 * @param indexDir the Lucene index folder, without a URL ({@code CITYBRIDGE_SEARCH_INDEX_DIR})
 */
@ConfigurationProperties("citybridge.search")
record SearchBackendProperties(URI url, String username, String password, Path indexDir) {

    SearchBackendProperties {
        if (url != null && url.toString().isBlank()) {
            url = null;
        }
    }

    /** A search server is configured: the index is OpenSearch's, shared by every instance. */
    boolean remote() {
        return url != null;
    }
}
