package org.citybridge.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicHomeController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
