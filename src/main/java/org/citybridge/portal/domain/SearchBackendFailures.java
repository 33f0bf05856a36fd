package org.citybridge.portal.domain;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.hibernate.search.util.common.SearchException;

/**
 * Tells a search server that cannot be reached (refused, reset, timed out), one that has lost its index, or one that
 * answers it cannot search for now, from a fault of the search itself.
 */
final class SearchBackendFailures {

    private SearchBackendFailures() {
    }

    /** Whether search cannot answer for now, for any of the reasons below: a page says so and asks to try again. */
    static boolean unavailable(Throwable failure) {
        return unreachable(failure) || indexMissing(failure) || answeredUnavailable(failure);
    }

    static boolean unreachable(Throwable failure) {
        return failure instanceof SearchException
                && anyCause(failure, cause -> cause instanceof IOException || cause instanceof TimeoutException);
    }

    /** The cluster answered that the index is not there (deleted under the running application). */
    static boolean indexMissing(Throwable failure) {
        return failure instanceof SearchException && anyCause(failure,
                cause -> cause.getMessage() != null && cause.getMessage().contains("index_not_found_exception"));
    }

    /**
     * The cluster answered 503: the index's shards are not started yet (an index just made again, a node restarting or
     * recovering), so every shard failed without a fault of the query.
     */
    static boolean answeredUnavailable(Throwable failure) {
        return failure instanceof SearchException && anyCause(failure,
                cause -> cause.getMessage() != null && cause.getMessage().contains("Response: 503 "));
    }

    /** Whether the failure or one of its causes is such, or one of those of the failures it collects (schema management's). */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> such) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (such.test(cause)) {
                return true;
            }
            for (Throwable collected : cause.getSuppressed()) {
                if (anyCause(collected, such)) {
                    return true;
                }
            }
        }
        return false;
    }
}
