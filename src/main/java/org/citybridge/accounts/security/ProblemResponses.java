package org.citybridge.accounts.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as RFC 9457 problem details. */
@Component
class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;

    ProblemResponses(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CityBridge\", Bearer");
            write(response, HttpStatus.UNAUTHORIZED, e instanceof LoginThrottledException ? "error.throttled" : "error.unauthorized");
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    private void write(HttpServletResponse response, HttpStatus status, String key) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

}
