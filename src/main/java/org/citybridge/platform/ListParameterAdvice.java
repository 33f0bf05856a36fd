package org.citybridge.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's query parameter that cannot be read (an unknown status, a malformed date, a page that is not a number)
 * answers 400 with a page naming the parameter and its value, in the user's language, for every list at once. The
 * API answers the same as a problem detail ({@link ApiProblemHandler}, which takes precedence for REST controllers).
 */
@ControllerAdvice(annotations = Controller.class)
class ListParameterAdvice {

    private final MessageSource messages;
    private final LayoutModelAdvice layout;

    ListParameterAdvice(MessageSource messages, LayoutModelAdvice layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        return badRequest(BadParameters.describe(messages, e, locale()), request);
    }

    /** A filter bound as a model attribute ({@code ?status=FOO} on the tasks board or the roster) fails as a whole. */
    @ExceptionHandler(BindException.class)
    ModelAndView bindFailed(BindException e, HttpServletRequest request) {
        FieldError error = e.getFieldError();
        String detail = error == null ? messages.getMessage("error.invalidInput", null, locale())
                : BadParameters.describe(messages, error.getField(), error.getRejectedValue(), locale());
        return badRequest(detail, request);
    }

    /** The error page inside the layout, which needs what every page's model has (an exception view gets none of it). */
    private ModelAndView badRequest(String detail, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(ErrorPages.viewFor(request));
        page.addObject("actor", layout.actor());
        page.addObject("requestPath", layout.requestPath(request));
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("problem", detail);
        return page;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
