package org.citybridge.circulars.domain;

import java.time.Clock;
import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.PersonView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a city's open deliveries from the liaison who left to the one who took over. */
@Service
public class RecipientHandover {

    private final CircularStore store;
    private final CityDirectory directory;
    private final DeliveryJournal journal;
    private final Clock clock;

    RecipientHandover(CircularStore store, CityDirectory directory, DeliveryJournal journal, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Open means the circular is in force and the city may still act on it: no reply asked, or the reply not
     * given yet, or still amendable (before the deadline or reopened). The successor takes over at once, also when
     * the handover is dated ahead, so that nothing new reaches the one who leaves.
     */
    @Transactional
    public int moveOpenDeliveries(String cityCode, long predecessorPersonId, long successorPersonId) {
        PersonView successor = directory.person(successorPersonId);
        List<Long> open = store.openDeliveriesHeldBy(cityCode, predecessorPersonId, clock.instant());
        for (long delivery : open) {
            store.replaceRecipient(delivery, predecessorPersonId, successorPersonId, successor.name(), successor.email());
            journal.record(delivery, "HANDED_OVER", successor.name(), "system");
        }
        return open.size();
    }
}
