package org.citybridge.circulars.domain;

import java.time.Clock;
import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a city's open deliveries from the liaison who left to the one who took over. */
@Service
public class RecipientHandover {

    private final JdbcClient jdbc;
    private final CityDirectory directory;
    private final DeliveryJournal journal;
    private final Clock clock;

    RecipientHandover(JdbcClient jdbc, CityDirectory directory, DeliveryJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Open means the circular is in force and the city may still act on it: no receipt asked, or the receipt not
     * given yet, or still amendable (before the deadline or reopened). The successor takes over at once, also when
     * the handover is dated ahead, so that nothing new reaches the one who leaves.
     */
    @Transactional
    public int moveOpenDeliveries(String cityCode, long predecessorPersonId, long successorPersonId) {
        PersonView successor = directory.person(successorPersonId);
        List<Long> open = jdbc.sql("""
                        SELECT d.id FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        JOIN circular_recipient r ON r.delivery_id = d.id AND r.person_id = :predecessor
                        WHERE d.city_code = :city AND c.status = 'ISSUED'
                          AND (c.receipt_form IS NULL OR d.first_replied_at IS NULL OR c.deadline > :now OR d.reopened_until > :now)""")
                .param("predecessor", predecessorPersonId).param("city", cityCode)
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).list();
        for (long delivery : open) {
            jdbc.sql("DELETE FROM circular_recipient WHERE delivery_id = :id AND person_id = :predecessor")
                    .param("id", delivery).param("predecessor", predecessorPersonId).update();
            jdbc.sql("""
                            INSERT INTO circular_recipient (delivery_id, person_id, name, email) VALUES (:id, :person, :name, :email)
                            ON CONFLICT DO NOTHING""")
                    .param("id", delivery).param("person", successorPersonId).param("name", successor.name())
                    .param("email", successor.email()).update();
            journal.record(delivery, "HANDED_OVER", successor.name(), "system");
        }
        return open.size();
    }
}
