package org.citybridge.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorsTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anHttpRequestWithoutAnyAuthenticationGetsNoRights() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("POST", "/admin/cities")));

        assertThat(Actors.currentOrSystem()).isEqualTo(Actor.PUBLIC);
        assertThatThrownBy(Actors::requireSecretariat).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void workOutsideAnyRequestActsAsTheSystem() {
        SecurityContextHolder.clearContext();

        assertThat(Actors.currentOrSystem()).isEqualTo(Actor.SYSTEM);
        assertThat(Actors.requireSecretariat()).isEqualTo(Actor.SYSTEM);
    }
}
