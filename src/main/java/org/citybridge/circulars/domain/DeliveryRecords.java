package org.citybridge.circulars.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.citybridge.circulars.DeliveryRecord;
import org.citybridge.shared.DateRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every city's copy of the circulars issued in a period, withdrawn ones included: one read for a year's evaluation. */
@Repository
public class DeliveryRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<DeliveryRecord> issuedIn(DateRange period) {
        return jdbc.sql("""
                        SELECT d.id, c.id AS circular_id, c.doc_number, c.title, d.city_code, c.issued_at, c.deadline,
                               %s AS expects_reply, d.read_at, d.replied_at, d.first_replied_at, c.withdrawn_at
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE c.status IN (:issued, :withdrawn) AND c.issued_at >= :from AND c.issued_at < :until
                        ORDER BY d.city_code, c.issued_at, c.id""".formatted(DeliveryStatusSql.EXPECTS_REPLY))
                .param("issued", CircularStatus.ISSUED.name()).param("withdrawn", CircularStatus.WITHDRAWN.name())
                .param("from", Timestamp.from(period.startsAt(clock.getZone())))
                .param("until", Timestamp.from(period.endsAt(clock.getZone())))
                .query(DeliveryRecords::record).list();
    }

    private static DeliveryRecord record(ResultSet rs, int row) throws SQLException {
        return new DeliveryRecord(rs.getLong("id"), rs.getLong("circular_id"), rs.getString("doc_number"),
                rs.getString("title"), rs.getString("city_code"), CircularQueries.instant(rs, "issued_at"),
                CircularQueries.instant(rs, "deadline"), rs.getBoolean("expects_reply"), CircularQueries.instant(rs, "read_at"),
                CircularQueries.instant(rs, "replied_at"), CircularQueries.instant(rs, "first_replied_at"),
                CircularQueries.instant(rs, "withdrawn_at"));
    }
}
