package org.citybridge.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, and the path for the language switch. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    @ModelAttribute("actor")
    Actor actor() {
        return Actors.current().orElse(Actor.PUBLIC);
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
