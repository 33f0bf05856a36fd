package org.citybridge.portal.domain;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.hibernate.search.util.common.SearchException;

/**
 * Tells a search server that cannot be reached (refused, reset, timed out), or one that has lost its index, from a fault
 * of the search itself.
 */
final class SearchBackendFailures {

    private SearchBackendFailures() {
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
