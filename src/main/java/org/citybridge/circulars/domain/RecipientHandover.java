package org.citybridge.circulars.domain;

import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.LiaisonContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a city's open deliveries from the liaison who left to the one who took over. */
@Service
public class RecipientHandover {

    private final JdbcClient jdbc;
    private final CityDirectory directory;
    private final DeliveryJournal journal;

    RecipientHandover(JdbcClient jdbc, CityDirectory directory, DeliveryJournal journal) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.journal = journal;
    }

    /** Open means: the circular is in force and the city has not replied, or it has no receipt and is unread. */
    @Transactional
    public int moveOpenDeliveries(String cityCode, long predecessorPersonId, long successorPersonId) {
        LiaisonContact successor = directory.activeLiaisons(List.of(cityCode)).stream()
                .filter(l -> l.personId() == successorPersonId).findFirst().orElse(null);
        if (successor == null) {
            return 0;
        }
        List<Long> open = jdbc.sql("""
                        SELECT d.id FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        JOIN circular_recipient r ON r.delivery_id = d.id AND r.person_id = :predecessor
                        WHERE d.city_code = :city AND c.status = 'ISSUED'
                          AND ((c.receipt_form IS NOT NULL AND d.first_replied_at IS NULL)
                               OR (c.receipt_form IS NULL AND d.read_at IS NULL))""")
                .param("predecessor", predecessorPersonId).param("city", cityCode).query(Long.class).list();
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
