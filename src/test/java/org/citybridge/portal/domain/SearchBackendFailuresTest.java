package org.citybridge.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

/** The failures as Hibernate Search's Elasticsearch backend reports them, with the cluster's answers as OpenSearch gives them. */
class SearchBackendFailuresTest {

    private static SearchException answered(String status, String body) {
        SearchException response = new SearchException("HSEARCH400090: Elasticsearch response indicates a failure.\n"
                + "Request: POST /article-read/_search with parameters {from=0, size=10, track_total_hits=true}\n"
                + "Response: " + status + " from '127.0.0.1:40973' with body \n" + body);
        return new SearchException("HSEARCH400007: Elasticsearch request failed: " + response.getMessage(), response);
    }

    @Test
    void shardsNotStartedYetMeanSearchIsUnavailableForNow() {
        SearchException failure = answered("503 'Service Unavailable'", """
                {"error": {"root_cause": [], "type": "search_phase_execution_exception", "reason": "all shards failed",
                 "phase": "query", "grouped": true, "failed_shards": []}, "status": 503}""");

        assertThat(SearchBackendFailures.answeredUnavailable(failure)).isTrue();
        assertThat(SearchBackendFailures.unavailable(failure)).isTrue();
        assertThat(SearchBackendFailures.indexMissing(failure)).isFalse();
    }

    @Test
    void anIndexGoneIsUnavailableUntilMadeAgain() {
        SearchException failure = answered("404 'Not Found'", """
                {"error": {"type": "index_not_found_exception", "reason": "no such index [article-read]"}, "status": 404}""");

        assertThat(SearchBackendFailures.indexMissing(failure)).isTrue();
        assertThat(SearchBackendFailures.unavailable(failure)).isTrue();
    }

    @Test
    void aServerThatCannotBeReachedIsUnavailable() {
        SearchException failure = new SearchException("HSEARCH400007: Elasticsearch request failed: Connection refused",
                new ConnectException("Connection refused"));

        assertThat(SearchBackendFailures.unreachable(failure)).isTrue();
        assertThat(SearchBackendFailures.unavailable(failure)).isTrue();
    }

    @Test
    void aFaultOfTheQueryItselfIsNotHiddenAsUnavailable() {
        SearchException failure = answered("400 'Bad Request'", """
                {"error": {"type": "search_phase_execution_exception", "reason": "all shards failed",
                 "failed_shards": [{"reason": {"type": "query_shard_exception", "reason": "failed to create query"}}]},
                 "status": 400}""");

        assertThat(SearchBackendFailures.unavailable(failure)).isFalse();
        assertThat(SearchBackendFailures.unavailable(new IllegalStateException("Response: 503 "))).as("not a search failure").isFalse();
    }
}
