package org.citybridge.portal.domain;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.hibernate.search.util.common.SearchException;

/** Tells a search server that cannot be reached (refused, reset, timed out) from a fault of the search itself. */
final class SearchBackendFailures {

    private SearchBackendFailures() {
    }

    static boolean unreachable(Throwable failure) {
        if (!(failure instanceof SearchException)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
