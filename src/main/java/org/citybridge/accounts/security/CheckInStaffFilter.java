package org.citybridge.accounts.security;

import java.io.IOException;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.platform.assets.Assets;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Check-in staff (role CHECKIN) reach the check-in paths of the events module and nothing else: checking delegates in
 * (the API and the page for phones), the list to check in offline, the big screen and its stream, the page listing the
 * events granted to them, signing in and out, static assets and the check-in page's service worker. Which event they
 * may work at is the events module's rule, checked in its services. Fails closed: any other path is refused, the API
 * with a 403 problem, a page with the 403 page; the start page and the back office's landing page send them to their
 * own page. Paths are matched decoded, as Spring MVC routes them.
 */
class CheckInStaffFilter extends OncePerRequestFilter {

    static final String LANDING_PAGE = "/events/check-in";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher API = PATHS.matcher("/api/**");
    private static final RequestMatcher SENT_TO_LANDING = new OrRequestMatcher(
            PATHS.matcher(HttpMethod.GET, "/"), PATHS.matcher(HttpMethod.GET, "/admin"));
    private static final RequestMatcher OPEN = new OrRequestMatcher(Stream.<RequestMatcher>concat(Stream.of(
            PATHS.matcher(LANDING_PAGE),
            PATHS.matcher("/events/*/check-in/**"),
            PATHS.matcher("/events/*/screen"), PATHS.matcher("/events/*/screen/stream"),
            PATHS.matcher("/api/v1/events/*/check-ins"), PATHS.matcher("/api/v1/events/*/check-ins/batch"),
            PATHS.matcher("/api/v1/events/*/check-in-list"),
            PATHS.matcher("/login"), PATHS.matcher("/logout"), PATHS.matcher("/error"),
            PATHS.matcher("/check-in-sw.js"), PATHS.matcher("/favicon.ico")),
            Assets.PATH_PATTERNS.stream().map(PATHS::matcher)).toList());

    private final ProblemResponses problems;

    CheckInStaffFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean checkInStaff = Actors.current().filter(actor -> actor.role() == Role.CHECKIN).isPresent();
        if (!checkInStaff || OPEN.matches(request)) {
            chain.doFilter(request, response);
        } else if (API.matches(request)) {
            problems.forbidden(request, response, "error.forbidden");
        } else if (SENT_TO_LANDING.matches(request)) {
            response.sendRedirect(request.getContextPath() + LANDING_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
