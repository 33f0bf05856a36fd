package org.citybridge.files.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.files.FilePolicy;
import org.citybridge.shared.ProblemTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one answer to an upload larger than the server takes as a whole request: the limits in the user's language, as
 * an RFC 9457 problem (413) for the API and for scripts, or as a page saying how to go back for a browser's form.
 * Written straight to the response, since it can happen before Spring MVC (and the signed-in user) is reached.
 */
@Component
class UploadTooLarge {

    static final URI TYPE = ProblemTypes.of("upload-too-large");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final long maxRequestMegabytes;

    UploadTooLarge(MessageSource messages, LocaleResolver locales, ITemplateEngine templates, JsonMapper json,
                   @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
        this.json = json;
        this.maxRequestMegabytes = maxRequestSize.toMegabytes();
    }

    long maxRequestBytes() {
        return maxRequestMegabytes * 1024 * 1024;
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage("error.uploadTooLarge", new Object[]{maxRequestMegabytes,
                FilePolicy.DOCUMENTS.maxMegabytes(), FilePolicy.IMAGES.maxMegabytes()}, locale);
        response.resetBuffer();
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsProblem(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setType(TYPE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem));
        } else {
            JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(request.getServletContext());
            WebContext context = new WebContext(application.buildExchange(request, response), locale,
                    Map.of("message", detail, "back", back(request)));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(templates.process("error/upload-too-large", context));
        }
        response.flushBuffer();
    }

    /** The API, and scripts (the editor's picture upload asks for JSON); a browser's form navigation asks for HTML. */
    private static boolean wantsProblem(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getRequestURI().startsWith("/api/") || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** The page the form was on, when it is one of ours; else the back office's home. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        try {
            URI uri = referer == null ? null : URI.create(referer);
            if (uri != null && request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/")) {
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException ignored) {
            // not a URL: fall back to the home page
        }
        return "/admin";
    }
}
