package org.citybridge.platform;

import java.net.URI;
import java.util.Optional;

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

    /**
     * Where the language switch leads and where the sidebar stands: this page, for an error page the page that failed,
     * or for a page answering a form post, the page of the form.
     */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        String context = request.getContextPath();
        Optional<String> failed = FailedRequest.path(request);
        if (failed.isPresent() && "GET".equals(request.getMethod())) {
            return failed.get();
        }
        if (!"GET".equals(request.getMethod())) {
            String referer = request.getHeader("Referer");
            if (referer != null) {
                URI uri = URI.create(referer);
                if (request.getServerName().equals(uri.getHost()) && uri.getPath() != null && uri.getPath().startsWith(context)) {
                    return uri.getPath().substring(context.length());
                }
            }
            return "/admin";
        }
        return request.getRequestURI().substring(context.length());
    }
}
