package org.citybridge.accounts.web;

import org.citybridge.platform.PublicLayout;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PublicLayout
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
