package org.citybridge.accounts.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.accounts.domain.LiaisonPosts;
import org.citybridge.accounts.domain.LiaisonPosts.NoPost;
import org.citybridge.shared.Actors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Denies every city endpoint to a liaison whose post has ended (or who is linked to no one holding the post): the
 * back office sends them to the page that says why, the API answers 403 with the reason. Their own account page
 * (password, tokens) and signing out stay open.
 */
class LiaisonPostFilter extends OncePerRequestFilter {

    static final String NO_POST_PAGE = "/admin/no-post";

    private final LiaisonPosts posts;
    private final ProblemResponses problems;

    LiaisonPostFilter(LiaisonPosts posts, ProblemResponses problems) {
        this.posts = posts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<NoPost> noPost = stillOpen(request) ? Optional.empty() : Actors.current().flatMap(posts::noPost);
        if (noPost.isEmpty()) {
            chain.doFilter(request, response);
        } else if (path(request).startsWith("/api/")) {
            problems.forbidden(request, response, noPost.get().messageKey(), noPost.get().messageArgs());
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + NO_POST_PAGE);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + NO_POST_PAGE);
        }
    }

    /** What a liaison without a post may still reach: the public site, its own account, the explanation, signing out. */
    private static boolean stillOpen(HttpServletRequest request) {
        String path = path(request);
        boolean backOffice = path.equals("/admin") || path.startsWith("/admin/");
        if (path.startsWith("/api/")) {
            return path.equals("/api/v1/me");
        }
        return !backOffice || path.equals(NO_POST_PAGE) || path.equals("/admin/account") || path.startsWith("/admin/account/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
