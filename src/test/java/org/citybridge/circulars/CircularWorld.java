package org.citybridge.circulars;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptForm;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two cities with a liaison each, and circulars issued to them, built through the real services. */
final class CircularWorld {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    final Fixtures fixtures;
    final CircularIssuing issuing;
    final JdbcClient jdbc;
    final String cityA;
    final String cityB;
    final long personA;
    final long personB;
    final String liaisonA;
    final String liaisonB;

    CircularWorld(Fixtures fixtures, CircularIssuing issuing, JdbcClient jdbc, String cityA, String cityB) {
        this.fixtures = fixtures;
        this.issuing = issuing;
        this.jdbc = jdbc;
        this.cityA = cityA;
        this.cityB = cityB;
        fixtures.member(cityA, cityB);
        personA = fixtures.person("甲联络员");
        personB = fixtures.person("乙联络员");
        fixtures.appoint(cityA, personA, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(cityB, personB, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        liaisonA = fixtures.account(Role.LIAISON, cityA, null, personA);
        liaisonB = fixtures.account(Role.LIAISON, cityB, null, personB);
    }

    Actor actorA() {
        return new Actor(liaisonA, Role.LIAISON, cityA, null, personA);
    }

    Actor actorB() {
        return new Actor(liaisonB, Role.LIAISON, cityB, null, personB);
    }

    static String docNumber() {
        return "市协联〔2026〕" + (1000 + NUMBER.incrementAndGet()) + "号-" + System.nanoTime() % 100000;
    }

    static ReceiptForm attendanceForm() {
        return new ReceiptForm(List.of(
                new ReceiptField("f1", "是否参会", FieldType.SINGLE_CHOICE, true, List.of("参加", "不参加")),
                new ReceiptField("f2", "参会人数", FieldType.NUMBER, false, List.of()),
                new ReceiptField("f3", "参会人员", FieldType.DELEGATES, true, List.of()),
                new ReceiptField("f4", "抵达日期", FieldType.DATE, false, List.of()),
                new ReceiptField("f5", "关注议题", FieldType.MULTIPLE_CHOICE, false, List.of("城市更新", "营商环境", "数字政府"))));
    }

    CircularDraft draft(ReceiptForm form) {
        return new CircularDraft(docNumber(), "关于召开2026年度联络员工作会议的通知", Urgency.NORMAL,
                "<p>请各城市于规定时间前报送参会人员。</p>", new Targets(TargetMode.PICKED, List.of(), null, null, List.of(cityA, cityB)),
                form, form == null ? null : Instant.now().plus(3, ChronoUnit.DAYS));
    }

    long issue(ReceiptForm form) {
        return fixtures.asAdmin(() -> issuing.issueNew(draft(form), List.of())).circularId();
    }

    long delivery(long circularId, String city) {
        return jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :c AND city_code = :city")
                .param("c", circularId).param("city", city).query(Long.class).single();
    }

    void moveDeadline(long circularId, Instant deadline) {
        jdbc.sql("UPDATE circular SET deadline = :d WHERE id = :id").param("d", Timestamp.from(deadline))
                .param("id", circularId).update();
    }

    /** For each recipient of a delivery, how many mails of a topic linking to that delivery went to their address. */
    Map<String, Long> mailsPerRecipient(long deliveryId, String topic) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.email, (SELECT count(*) FROM mail_outbox m WHERE m.recipient = r.email AND m.topic = :t
                                         AND m.body ~ :link) AS mails
                        FROM circular_recipient r WHERE r.delivery_id = :d""")
                .param("t", topic).param("link", "/admin/inbox/" + deliveryId + "([^0-9]|$)").param("d", deliveryId)
                .query((rs, n) -> counts.put(rs.getString("email"), rs.getLong("mails"))).list();
        return counts;
    }

    long mailsTo(long personId, String topic) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox m JOIN person p ON p.email = m.recipient WHERE p.id = :p AND m.topic = :t")
                .param("p", personId).param("t", topic).query(Long.class).single();
    }
}
