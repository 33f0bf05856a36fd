package org.citybridge.platform;

import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The request an error page is shown for, as the container tells it to the error dispatch. */
final class FailedRequest {

    private FailedRequest() {
    }

    /** The path that failed, without the context path; empty when this is not an error dispatch. */
    static Optional<String> path(HttpServletRequest request) {
        String context = request.getContextPath();
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed && failed.startsWith(context)
                ? Optional.of(failed.substring(context.length())) : Optional.empty();
    }
}
