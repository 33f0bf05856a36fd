package org.citybridge.accounts.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.shared.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as RFC 9457 problem details. */
@Component
class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CityBridge\", Bearer");
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                write(request, response, HttpStatus.UNAUTHORIZED, "login-throttled", throttled.explanation());
            } else {
                write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", message("error.unauthorized"));
            }
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden", message("error.forbidden"));
    }

    /** A 403 whose detail says why, e.g. that the caller's liaison post has ended. */
    void forbidden(HttpServletRequest request, HttpServletResponse response, String key, Object... args) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", message(key, args));
    }

    /** In the caller's language as the application resolves it (cookie or zh-CN), also before the dispatcher runs. */
    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                       MessageSourceResolvable detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detail, locales.resolveLocale(request)));
        problem.setType(ProblemTypes.of(type));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[]{key}, args, key);
    }
}
