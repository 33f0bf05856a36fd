package org.citybridge.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.citybridge.shared.ProblemTypes;

/**
 * Spring Boot's error controller, pages and all ({@link ErrorPages} picks them), except that an error that is not
 * answered with a page (an unknown path of the API, a method the API does not take) is an RFC 9457 problem detail in
 * the caller's language, like every other answer of the API, instead of Spring Boot's own JSON.
 */
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> pages, MessageSource messages) {
        super(attributes, web.getError(), pages);
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return ResponseEntity.noContent().build();
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.of(typeName(status)).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey(status), null, LocaleContextHolder.getLocale()));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The same types as {@link ApiProblemHandler} gives the same failures. */
    private static String typeName(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case UNAUTHORIZED -> "unauthorized";
            default -> status.is4xxClientError() ? "invalid-input" : "server-error";
        };
    }

    private static String detailKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notFound";
            case FORBIDDEN -> "error.forbidden";
            case UNAUTHORIZED -> "error.unauthorized";
            default -> status.is4xxClientError() ? "error.invalidInput" : "error.generic";
        };
    }
}
