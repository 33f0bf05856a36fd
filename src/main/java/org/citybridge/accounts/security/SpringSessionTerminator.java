package org.citybridge.accounts.security;

import org.citybridge.accounts.domain.SessionTerminator;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Deletes an account's sessions from the shared session store, so every instance forgets them at once. */
@Component
class SpringSessionTerminator implements SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SpringSessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void endSessionsOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    @Override
    public void endOtherSessionsOf(String username, String keptSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }
}
