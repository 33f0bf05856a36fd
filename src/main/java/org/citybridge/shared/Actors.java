package org.citybridge.shared;

import java.util.Optional;

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

    /** The current actor, or {@link Actor#SYSTEM} for work done outside a request (start-up, schedulers). */
    public static Actor currentOrSystem() {
        return current().orElse(Actor.SYSTEM);
    }
}
