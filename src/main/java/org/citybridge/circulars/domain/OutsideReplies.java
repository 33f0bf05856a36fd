package org.citybridge.circulars.domain;

import java.time.Clock;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies taken on another module's page: a circular issued with a reply link (an event's invitation) is answered
 * there (the city registers its delegation), and that module records the city's reply here, so that tracking, the
 * overdue status and the reminders see the city as replied, just as after a receipt.
 */
@Service
@Transactional
public class OutsideReplies {

    private final CircularStore store;
    private final CircularAccess access;
    private final DeliveryJournal journal;
    private final Clock clock;

    OutsideReplies(CircularStore store, CircularAccess access, DeliveryJournal journal, Clock clock) {
        this.store = store;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Records that the city replied (first reply or amendment), by the current actor, now; the caller's own rules
     * have let it act for the city. Nothing is recorded when the circular did not reach the city, takes its replies on
     * a receipt form, or no longer takes replies (withdrawn): a reply elsewhere is never refused for it.
     *
     * @param detail what the reply was, for the delivery's history (e.g. {@code REGISTERED})
     * @return whether the reply was recorded
     */
    public boolean record(long circularId, String cityCode, String detail) {
        var delivery = store.lockOutsideReply(circularId, cityCode);
        if (delivery.isEmpty() || !CircularLifecycle.allows(delivery.get().status(), DeliveryAction.REPLY)) {
            return false;
        }
        long deliveryId = delivery.get().deliveryId();
        access.requireDelivery(deliveryId);
        Actor actor = Actors.currentOrSystem();
        store.markReplied(deliveryId, actor.username(), clock.instant());
        journal.record(deliveryId, delivery.get().replied() ? "AMENDED" : "REPLIED", detail, actor.username());
        return true;
    }
}
