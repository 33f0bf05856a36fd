package org.citybridge.accounts.security;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.accounts.domain.LiaisonPosts;
import org.citybridge.accounts.domain.LiaisonPosts.NoPost;
import org.citybridge.platform.assets.Assets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Denies a liaison whose post has ended (or who is linked to no one holding the post) everything but an explicit
 * allow-list: its own account page (password, tokens), {@code /api/v1/me}, the page that says why, signing out, the
 * public site and static assets. Fails closed: any other path is refused, the back office by sending them to the
 * page that says why, the API with a 403 problem. Paths are matched decoded, as Spring MVC routes them, so a
 * percent-encoded path ({@code /%61dmin/...}) is judged like the path it reaches.
 */
class LiaisonPostFilter extends OncePerRequestFilter {

    static final String NO_POST_PAGE = "/admin/no-post";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher API = PATHS.matcher("/api/**");
    private static final RequestMatcher STILL_OPEN = new OrRequestMatcher(Stream.<RequestMatcher>concat(Stream.of(
            PATHS.matcher(NO_POST_PAGE),
            PATHS.matcher("/admin/account"), PATHS.matcher("/admin/account/**"),
            PATHS.matcher("/api/v1/me"),
            PATHS.matcher("/login"), PATHS.matcher("/logout"), PATHS.matcher("/error"),
            PATHS.matcher("/favicon.ico"),
            PATHS.matcher("/"), PATHS.matcher("/column/**"), PATHS.matcher("/article/**"),
            PATHS.matcher("/articles/*/files/*"), PATHS.matcher("/search"),
            PATHS.matcher("/robots.txt"), PATHS.matcher("/sitemap.xml"),
            // each file rule decides itself (a report picture needs an active post, a published one is public)
            PATHS.matcher("/media/**")),
            Assets.PATH_PATTERNS.stream().map(PATHS::matcher)).toList());

    private final LiaisonPosts posts;
    private final ProblemResponses problems;

    LiaisonPostFilter(LiaisonPosts posts, ProblemResponses problems) {
        this.posts = posts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> liaison = Actors.current().filter(actor -> actor.role() == Role.LIAISON);
        Optional<NoPost> noPost = liaison.isEmpty() || STILL_OPEN.matches(request) ? Optional.empty()
                : posts.noPost(liaison.get());
        if (noPost.isEmpty()) {
            chain.doFilter(request, response);
        } else if (API.matches(request)) {
            problems.forbidden(request, response, noPost.get().messageKey(), noPost.get().messageArgs());
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + NO_POST_PAGE);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + NO_POST_PAGE);
        }
    }
}
