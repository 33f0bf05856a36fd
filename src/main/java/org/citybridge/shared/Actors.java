package org.citybridge.shared;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

public final class Actors {

    private Actors() {
    }

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasActor principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /**
     * The current actor; {@link Actor#PUBLIC} for a visitor who has not signed in, and {@link Actor#SYSTEM} only for
     * work done outside any HTTP request (start-up, schedulers, asynchronous event listeners), where no
     * authentication exists at all. An HTTP request that carries no authentication fails closed: it gets no rights.
     */
    public static Actor currentOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null && !insideHttpRequest()) {
            return Actor.SYSTEM;
        }
        return current().orElse(Actor.PUBLIC);
    }

    private static boolean insideHttpRequest() {
        return RequestContextHolder.getRequestAttributes() != null;
    }

    /** The current actor if it belongs to the secretariat (or is the system); refused otherwise. */
    public static Actor requireSecretariat() {
        Actor actor = currentOrSystem();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException("secretariat only");
        }
        return actor;
    }

    /** The current actor if it follows many cities: the secretariat or a province coordinator; refused otherwise. */
    public static Actor requireFollowingCities() {
        Actor actor = currentOrSystem();
        if (!actor.followsCities()) {
            throw new AccessDeniedException("for the secretariat and province coordinators");
        }
        return actor;
    }
}
