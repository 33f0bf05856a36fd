package org.citybridge.support;

import java.util.List;

import org.citybridge.shared.Actor;
import org.citybridge.shared.HasActor;
import org.citybridge.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Someone signed in as the application sees them: a principal carrying its {@link Actor} and its role as authority. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Authentication as(Actor actor) {
        HasActor principal = () -> actor;
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
    }

    /** A request of a secretariat member (staff) with no city or province scope. */
    public static RequestPostProcessor staff() {
        return authentication(as(new Actor("staff1", Role.STAFF, null, null, null)));
    }
}
