package org.citybridge.tasks.listeners;

import org.citybridge.directory.LiaisonHandedOver;
import org.citybridge.tasks.domain.Responsibilities;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Open assignments follow the liaison post: after a handover commits, the successor becomes responsible. The event
 * publication registry keeps the event until this has run, so nothing is lost on a crash.
 */
@Component
class LiaisonHandoverListener {

    private final Responsibilities responsibilities;

    LiaisonHandoverListener(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    @ApplicationModuleListener
    void on(LiaisonHandedOver event) {
        responsibilities.handOver(event);
    }
}
