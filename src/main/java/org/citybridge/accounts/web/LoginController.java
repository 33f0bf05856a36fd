package org.citybridge.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.citybridge.accounts.security.LoginThrottledException;
import org.citybridge.platform.PublicLayout;
import org.springframework.context.MessageSource;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PublicLayout
class LoginController {

    private final MessageSource messages;

    LoginController(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The form's CSRF token is made before the page is written: made while writing, it would need a session once the
     * site's header (its whole column menu) has filled the response buffer and sent the headers, which is too late.
     * A throttled sign-in left its refusal in the session: the page says how long to wait.
     */
    @GetMapping("/login")
    String login(CsrfToken csrf, HttpServletRequest request, Locale locale, Model model) {
        csrf.getToken();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException throttled) {
            model.addAttribute("throttledWait", messages.getMessage(throttled.explanation(), locale));
        }
        return "login";
    }
}
