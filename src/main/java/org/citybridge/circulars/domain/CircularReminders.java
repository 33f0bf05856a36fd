package org.citybridge.circulars.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds cities that have not replied: on demand by staff, and automatically some days before the deadline and on
 * the day after it. Each automatic rule fires at most once per delivery, guarded by a row per delivery and rule, and
 * the job runs on one instance at a time.
 */
@Service
public class CircularReminders {

    static final String BEFORE_DEADLINE = "BEFORE_DEADLINE";
    static final String AFTER_DEADLINE = "AFTER_DEADLINE";

    private final JdbcClient jdbc;
    private final CircularAccess access;
    private final CircularMails mails;
    private final DeliveryJournal journal;
    private final CircularProperties settings;
    private final CityBridgeProperties properties;
    private final Clock clock;

    CircularReminders(JdbcClient jdbc, CircularAccess access, CircularMails mails, DeliveryJournal journal,
                      CircularProperties settings, CityBridgeProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.mails = mails;
        this.journal = journal;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** Staff remind every city of the circular that has not replied; answers how many cities. */
    @Transactional
    public int remindUnreplied(long circularId) {
        return remind(circularId, null);
    }

    /**
     * Staff remind those of the given cities that have not replied to the circular (for another module that chose
     * them, such as an event's board); answers how many cities.
     */
    @Transactional
    public int remindUnreplied(long circularId, Collection<String> cityCodes) {
        return remind(circularId, List.copyOf(cityCodes));
    }

    /** @param cityCodes null: every city */
    private int remind(long circularId, List<String> cityCodes) {
        Actor actor = access.requireSecretariat();
        access.requireCircular(circularId);
        record State(CircularStatus status, boolean expectsReply) {
        }
        State state = jdbc.sql("SELECT status, " + DeliveryStatusSql.EXPECTS_REPLY + " AS expects_reply FROM circular c WHERE id = :id")
                .param("id", circularId).query(State.class).single();
        CircularLifecycle.next(state.status(), CircularAction.REMIND);
        if (!state.expectsReply()) {
            throw RuleViolation.of("receipt.error.noForm");
        }
        if (cityCodes != null && cityCodes.isEmpty()) {
            return 0;
        }
        List<Long> deliveries = jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :id AND first_replied_at IS NULL"
                        + (cityCodes == null ? "" : " AND city_code IN (:cities)") + " ORDER BY id")
                .param("id", circularId).params(cityCodes == null ? Map.of() : Map.of("cities", cityCodes))
                .query(Long.class).list();
        deliveries.forEach(id -> journal.record(id, "REMINDED", null, actor.username()));
        mails.notify(circularId, deliveries, CircularMailKind.REMINDER);
        return deliveries.size();
    }

    /** Fires every automatic rule that is due and has not fired for that delivery; answers how many deliveries. */
    @Transactional
    public int sendDue() {
        return fire(BEFORE_DEADLINE, """
                c.deadline > :now AND c.deadline - make_interval(days => :days) <= :now""", CircularMailKind.REMINDER)
                + fire(AFTER_DEADLINE, """
                (c.deadline AT TIME ZONE :zone)::date + 1 <= (:now AT TIME ZONE :zone)::date
                AND (:now AT TIME ZONE :zone)::date <= (c.deadline AT TIME ZONE :zone)::date + 7""", CircularMailKind.OVERDUE);
    }

    private int fire(String rule, String due, CircularMailKind mailKind) {
        String sql = """
                INSERT INTO circular_reminder (delivery_id, rule, sent_at)
                SELECT d.id, :rule, :now FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                WHERE c.status = :issued AND %s AND d.first_replied_at IS NULL AND (%s)
                ON CONFLICT DO NOTHING
                RETURNING delivery_id, (SELECT circular_id FROM circular_delivery x WHERE x.id = delivery_id)""".formatted(
                DeliveryStatusSql.EXPECTS_REPLY, due);
        List<Map.Entry<Long, Long>> fired = jdbc.sql(sql)
                .param("rule", rule).param("issued", CircularStatus.ISSUED.name()).param("now", Timestamp.from(clock.instant()))
                .param("days", settings.remindDaysBefore()).param("zone", properties.timeZone().getId())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list();
        fired.stream().collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((circular, deliveries) -> {
                    deliveries.forEach(id -> journal.record(id, "REMINDED_" + rule, null, Actor.SYSTEM.username()));
                    mails.notify(circular, deliveries, mailKind);
                });
        return fired.size();
    }
}
