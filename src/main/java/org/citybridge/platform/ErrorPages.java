package org.citybridge.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.citybridge.shared.Actors;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Which page shows an error: for an htmx request only the message (the page shows it in its alert region), for someone
 * signed in on a page of the back office the back office's shell with its sidebar, and otherwise the portal's layout.
 * All of them in the user's language; Spring Boot's own page never.
 */
@Component
class ErrorPages implements ErrorViewResolver, Ordered {

    static final String HTMX = "error/fragment";
    static final String BACK_OFFICE = "error/admin";
    static final String PUBLIC = "error/error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView(viewFor(request), model, status);
    }

    static String viewFor(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null) {
            return HTMX;
        }
        return Actors.current().isPresent() && inBackOffice(FailedRequest.path(request)
                .orElseGet(() -> request.getRequestURI().substring(request.getContextPath().length()))) ? BACK_OFFICE : PUBLIC;
    }

    private static boolean inBackOffice(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/events/");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
