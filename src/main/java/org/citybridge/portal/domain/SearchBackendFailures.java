package org.citybridge.portal.domain;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.hibernate.search.util.common.SearchException;

/**
 * Tells a search server that cannot be reached (refused, reset, timed out), or one that has lost its index, from a fault
 * of the search itself.
 */
final class SearchBackendFailures {

    private SearchBackendFailures() {
    }

    static boolean unreachable(Throwable failure) {
        return failure instanceof SearchException && causedByTheConnection(failure);
    }

    /** The cluster answered that the index is not there (deleted under the running application). */
    static boolean indexMissing(Throwable failure) {
        if (!(failure instanceof SearchException)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("index_not_found_exception")) {
                return true;
            }
        }
        return false;
    }

    /** An I/O failure or a time-out among its causes, or among those of the failures it collects (schema management's). */
    private static boolean causedByTheConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException) {
                return true;
            }
            for (Throwable collected : cause.getSuppressed()) {
                if (causedByTheConnection(collected)) {
                    return true;
                }
            }
        }
        return false;
    }
}
