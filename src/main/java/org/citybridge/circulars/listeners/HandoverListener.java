package org.citybridge.circulars.listeners;

import org.citybridge.circulars.domain.RecipientHandover;
import org.citybridge.directory.LiaisonHandedOver;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a city's liaison is handed over, the city's open circulars go to the successor. */
@Component
class HandoverListener {

    private final RecipientHandover handover;

    HandoverListener(RecipientHandover handover) {
        this.handover = handover;
    }

    @ApplicationModuleListener
    void on(LiaisonHandedOver event) {
        handover.moveOpenDeliveries(event.cityCode(), event.predecessorPersonId(), event.successorPersonId());
    }
}
