package org.citybridge.circulars;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.citybridge.circulars.domain.CircularCorrections;
import org.citybridge.circulars.domain.CircularDetails;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.DeliveryStatus;
import org.citybridge.circulars.domain.InboxItem;
import org.citybridge.circulars.domain.TrackingFilter;
import org.citybridge.circulars.domain.TrackingRow;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Circulars' API for other modules, on a circular whose cities reply on another page: Qiqihar (230200) and Jixi
 * (230300) in Heilongjiang are reached; the reply, the tracking, the reminders and the scope of who follows them.
 */
@IntegrationTest
class CircularsApiTests {

    private static final Actor STAFF = new Actor("staff-api", Role.STAFF, null, null, null);
    private static final String REPLY_LINK = "/admin/events/0/delegation";

    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularIssuing issuing;
    @Autowired
    CircularsApi api;
    @Autowired
    CircularQueries queries;
    @Autowired
    CircularCorrections corrections;
    @Autowired
    CircularFigures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static CircularWorld world;

    @BeforeEach
    void cities() {
        if (world == null) {
            world = new CircularWorld(fixtures, issuing, jdbc, "230200", "230300");
        }
    }

    private NewCircular circular(String docNumber) {
        return new NewCircular(docNumber, "关于参加联络员座谈会的通知", "<p>请在报名页面报名。</p>",
                new Targets(TargetMode.PICKED, List.of(), null, null, List.of(world.cityA, world.cityB)),
                Instant.now().plus(3, ChronoUnit.DAYS), REPLY_LINK);
    }

    private Map<String, TrackingRow> tracking(long id) {
        return Fixtures.as(STAFF, () -> queries.tracking(id, TrackingFilter.none())).rows().stream()
                .collect(Collectors.toMap(TrackingRow::cityCode, row -> row));
    }

    @Test
    void aCircularRepliedToOnAnotherPageIsTrackedAndRemindedLikeOneWithAReceipt() {
        IssuedCircular issued = Fixtures.as(STAFF, () -> api.issue(circular(CircularWorld.docNumber())));
        assertThat(issued.cityCodes()).containsExactly(world.cityA, world.cityB);
        CircularDetails details = Fixtures.as(STAFF, () -> queries.details(issued.circularId()));
        assertThat(details.replyLink()).isEqualTo(REPLY_LINK);
        assertThat(details.hasReceipt()).isFalse();
        assertThat(details.expectsReply()).isTrue();

        assertThat(Fixtures.as(world.actorA(), () -> api.recordReply(issued.circularId(), world.cityA, "REGISTERED"))).isTrue();
        assertThat(Fixtures.as(world.actorA(), () -> api.recordReply(issued.circularId(), world.cityA, "REGISTERED"))).isTrue();
        Map<String, TrackingRow> rows = tracking(issued.circularId());
        assertThat(rows.get(world.cityA).status()).isEqualTo(DeliveryStatus.REPLIED_ON_TIME);
        assertThat(rows.get(world.cityA).readAt()).as("a reply reads the circular").isNotNull();
        assertThat(rows.get(world.cityB).status()).isEqualTo(DeliveryStatus.UNREAD);
        assertThat(jdbc.sql("SELECT kind FROM circular_delivery_event WHERE delivery_id = :d ORDER BY id")
                .param("d", rows.get(world.cityA).deliveryId()).query(String.class).list()).containsExactly("REPLIED", "AMENDED");
        assertThat(Fixtures.as(STAFF, () -> api.recordReply(issued.circularId(), "110100", "REGISTERED")))
                .as("a city the circular did not reach").isFalse();

        long mailsToB = reminders(world.personB);
        assertThat(Fixtures.as(STAFF, () -> api.remindUnreplied(issued.circularId(), List.of(world.cityA, world.cityB))))
                .as("only the city that has not replied").isEqualTo(1);
        assertThat(reminders(world.personB)).isEqualTo(mailsToB + 1);
        assertThat(Fixtures.as(STAFF, () -> api.remindUnreplied(issued.circularId(), List.of()))).isZero();

        Actor heilongjiang = new Actor("province-hl", Role.PROVINCE, null, "230000", null);
        Actor sichuan = new Actor("province-sc", Role.PROVINCE, null, "510000", null);
        assertThat(Fixtures.as(heilongjiang, () -> api.deliveries(issued.circularId()))).extracting(CircularDelivery::cityCode)
                .containsExactly(world.cityA, world.cityB);
        assertThat(Fixtures.as(sichuan, () -> api.deliveries(issued.circularId()))).isEmpty();
        assertThatThrownBy(() -> Fixtures.as(world.actorA(), () -> api.deliveries(issued.circularId())))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.as(STAFF, () -> {
            corrections.withdraw(issued.circularId(), "会议延期");
            return null;
        });
        assertThat(Fixtures.as(world.actorB(), () -> api.recordReply(issued.circularId(), world.cityB, "REGISTERED")))
                .as("a withdrawn circular takes no reply, and does not refuse one taken elsewhere").isFalse();
        assertThat(tracking(issued.circularId()).get(world.cityB).repliedAt()).isNull();
    }

    @Test
    void aCircularRepliedToOnAnotherPageCountsOnTheDashboardAndInTheInboxAsExpectingAReply() throws Exception {
        String number = CircularWorld.docNumber();
        String replyLink = "/admin/events/" + System.nanoTime() + "/delegation";
        CircularOverview before = Fixtures.as(world.actorA(), () -> figures.forCurrentActor()).orElseThrow();
        NewCircular invitation = circular(number);
        IssuedCircular issued = Fixtures.as(STAFF, () -> api.issue(new NewCircular(number, invitation.title(), invitation.bodyHtml(),
                invitation.targets(), invitation.deadline(), replyLink)));

        CircularOverview issuedFigures = Fixtures.as(world.actorA(), () -> figures.forCurrentActor()).orElseThrow();
        assertThat(issuedFigures.open()).as("a circular awaiting the city's reply").isEqualTo(before.open() + 1);
        assertThat(issuedFigures.expected()).isEqualTo(before.expected() + 1);
        assertThat(issuedFigures.replied()).isEqualTo(before.replied());
        Fixtures.as(world.actorA(), () -> api.recordReply(issued.circularId(), world.cityA, "REGISTERED"));
        assertThat(Fixtures.as(world.actorA(), () -> figures.forCurrentActor()).orElseThrow().replied()).isEqualTo(before.replied() + 1);

        InboxItem item = Fixtures.as(world.actorB(), () -> queries.inbox()).stream()
                .filter(i -> i.circularId() == issued.circularId()).findFirst().orElseThrow();
        assertThat(item.expectsReply()).isTrue();
        assertThat(item.replyDue()).isTrue();
        assertThat(item.replyLink()).isEqualTo(replyLink);
        mvc.perform(get("/admin/inbox").cookie(Sessions.login(mvc, world.liaisonB, Fixtures.PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("待回执"), containsString("href=\"" + replyLink + "\""),
                        containsString("aria-label=\"前往答复：关于参加联络员座谈会的通知\""))));
        InboxItem replied = Fixtures.as(world.actorA(), () -> queries.inbox()).stream()
                .filter(i -> i.circularId() == issued.circularId()).findFirst().orElseThrow();
        assertThat(replied.replyDue()).as("city A has replied").isFalse();

        mvc.perform(get("/admin/circulars").param("q", number).cookie(Sessions.login(mvc, world.fixtures.account(Role.STAFF), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已回执 1/2")));
    }

    @Test
    void onlyTheSecretariatIssuesAndAProblemRefusesTheWholeCircular() {
        long before = jdbc.sql("SELECT count(*) FROM circular").query(Long.class).single();
        assertThatThrownBy(() -> Fixtures.as(world.actorA(), () -> api.issue(circular(CircularWorld.docNumber()))))
                .isInstanceOf(AccessDeniedException.class);
        RuleRefusal refused = catchThrowableOfType(RuleRefusal.class, () -> Fixtures.as(STAFF, () -> api.issue(
                new NewCircular(" ", "通知", "<p> </p>", circular("x").targets(), Instant.now().minusSeconds(60), REPLY_LINK))));
        assertThat(refused.violations()).extracting(RuleViolation::field).containsExactlyInAnyOrder("docNumber", "bodyHtml", "deadline");
        assertThat(jdbc.sql("SELECT count(*) FROM circular").query(Long.class).single()).isEqualTo(before);
    }

    private long reminders(long personId) {
        return jdbc.sql("""
                        SELECT count(*) FROM mail_outbox WHERE topic = 'circular-reminder'
                        AND recipient = (SELECT email FROM person WHERE id = :p)""")
                .param("p", personId).query(Long.class).single();
    }
}
