package org.citybridge.directory.domain;

import java.util.Map;

import org.citybridge.directory.RosterChanged;
import org.citybridge.shared.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Announces every roster change with its before and after state, so that the audit log can record it. */
@Component
public class RosterJournal {

    private final ApplicationEventPublisher events;

    RosterJournal(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void record(String action, String entityType, Object entityId, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(new RosterChanged(Actors.currentOrSystem().username(), action, entityType,
                String.valueOf(entityId), before == null ? Map.of() : before, after));
    }
}
