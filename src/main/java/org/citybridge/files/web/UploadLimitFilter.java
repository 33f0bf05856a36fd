package org.citybridge.files.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart request before anything else does (the CSRF check reads its token from the body), so that a
 * request over the server's limit is answered by {@link UploadTooLarge} and never by the servlet container's own
 * English error page. A request announcing more than the limit is refused without reading it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    private final UploadTooLarge tooLarge;

    UploadLimitFilter(UploadTooLarge tooLarge) {
        this.tooLarge = tooLarge;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > tooLarge.maxRequestBytes()) {
            tooLarge.answer(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException | ServletException | IOException e) {
            if (isSizeLimit(e)) {
                tooLarge.answer(request, response);
                return;
            }
            throw e;
        }
        chain.doFilter(request, response);
    }

    /** As Spring's multipart support tells it: the container's size exception, or its message. */
    static boolean isSizeLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (name.contains("SizeException") || name.contains("SizeLimitExceeded") || name.contains("LimitException")
                    || (message.contains("exceed") && (message.contains("size") || message.contains("length")))) {
                return true;
            }
        }
        return false;
    }
}
