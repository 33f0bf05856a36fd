package org.citybridge.files.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the request limit that reaches Spring MVC (most are stopped by {@link UploadLimitFilter}) gets the
 * same answer: the limits in the user's language, as a page or as a problem detail.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final UploadTooLarge tooLarge;

    UploadLimitAdvice(UploadTooLarge tooLarge) {
        this.tooLarge = tooLarge;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        tooLarge.answer(request, response);
    }
}
