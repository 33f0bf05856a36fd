package org.citybridge.portal.domain;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who works on the public site: the secretariat and editors; liaisons and province coordinators do not. */
@Component
public class PortalAccess {

    public static boolean isEditorial(Actor actor) {
        return actor.role() == Role.ADMIN || actor.role() == Role.STAFF || actor.role() == Role.EDITOR;
    }

    /** The current actor when they may edit the site, otherwise 403. */
    public Actor requireEditorial() {
        Actor actor = Actors.currentOrSystem();
        if (!isEditorial(actor)) {
            throw new AccessDeniedException("portal editors only");
        }
        return actor;
    }

    /** The current actor when they are an administrator (the site's settings are theirs), otherwise 403. */
    public Actor requireAdministrator() {
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return actor;
    }
}
