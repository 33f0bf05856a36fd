package org.citybridge.accounts.web;

import org.citybridge.platform.PublicLayout;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PublicLayout
class LoginController {

    /**
     * The form's CSRF token is made before the page is written: made while writing, it would need a session once the
     * site's header (its whole column menu) has filled the response buffer and sent the headers, which is too late.
     */
    @GetMapping("/login")
    String login(CsrfToken csrf) {
        csrf.getToken();
        return "login";
    }
}
