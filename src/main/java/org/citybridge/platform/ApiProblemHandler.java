package org.citybridge.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citybridge.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.citybridge.shared.ProblemTypes;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the REST API answers as an RFC 9457 problem detail, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text(e.messageKey(), e.args()));
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        HttpStatus status = e.messageKey().endsWith("error.tooLarge") ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = problem(status, "rule-violated", text(e.messageKey(), e.args()));
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", text(e.messageKey(), e.args()))));
        }
        return problem;
    }

    @ExceptionHandler(RuleViolations.class)
    ProblemDetail rulesViolated(RuleViolations e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", text("error.invalidInput"));
        problem.setProperty("errors", e.violations().stream()
                .map(v -> Map.of("field", v.field() == null ? "" : v.field(), "message", text(v.messageKey(), v.args())))
                .toList());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text("error.forbidden"));
    }

    /** Anything unforeseen: 500 with a detail in the caller's language; the cause goes to the log only. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", text("error.generic"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("error.invalidInput"));
        Locale locale = LocaleContextHolder.getLocale();
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", fieldMessage(error, locale)))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query or path parameter that cannot be read (an unknown status, a malformed date) names itself and its value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                BadParameters.describe(messages, e, LocaleContextHolder.getLocale())));
    }

    /** A filter bound from query parameters whose value cannot be read. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> bindFailed(BindException e) {
        FieldError error = e.getFieldError();
        String detail = error == null ? text("error.invalidInput")
                : BadParameters.describe(messages, error.getField(), error.getRejectedValue(), LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-parameter", detail));
    }

    private String fieldMessage(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
