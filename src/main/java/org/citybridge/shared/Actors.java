package org.citybridge.shared;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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
     * The current actor; {@link Actor#PUBLIC} for a visitor who has not signed in, and {@link Actor#SYSTEM} for
     * work done outside any request (start-up, schedulers, event listeners), where no authentication exists at all.
     */
    public static Actor currentOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Actor.SYSTEM;
        }
        return current().orElse(Actor.PUBLIC);
    }

    /** The current actor if it belongs to the secretariat (or is the system); refused otherwise. */
    public static Actor requireSecretariat() {
        Actor actor = currentOrSystem();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException("secretariat only");
        }
        return actor;
    }
}
