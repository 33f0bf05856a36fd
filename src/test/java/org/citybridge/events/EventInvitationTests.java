package org.citybridge.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.citybridge.circulars.domain.CircularDetails;
import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.CircularReminders;
import org.citybridge.circulars.domain.DeliveryStatus;
import org.citybridge.circulars.domain.Deliveries;
import org.citybridge.circulars.domain.TrackingFilter;
import org.citybridge.circulars.domain.TrackingRow;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.events.domain.BoardRow;
import org.citybridge.events.domain.DelegationAnswer;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventInvitations;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.Invitation;
import org.citybridge.events.domain.InvitationDraft;
import org.citybridge.events.domain.InvitationProgress;
import org.citybridge.events.domain.InvitationReach;
import org.citybridge.events.domain.InvitationView;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitation circular of an event through the real services, circulars included, on PostgreSQL: Changchun
 * (220100), Jilin (220200) and Siping (220300) in Jilin province are invited; Liaoyuan (220400) answers uninvited.
 */
@IntegrationTest
class EventInvitationTests {

    private static final String CHANGCHUN = "220100";
    private static final String JILIN = "220200";
    private static final String SIPING = "220300";
    private static final String LIAOYUAN = "220400";
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    EventQueries queries;
    @Autowired
    EventInvitations invitations;
    @Autowired
    CircularQueries circulars;
    @Autowired
    Deliveries deliveries;
    @Autowired
    CircularReminders circularReminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Dates dates;

    private EventTesting events;
    private static Actor changchun;
    private static Actor jilin;
    private static Actor siping;
    private static String staff;
    private static String changchunAccount;

    @BeforeEach
    void liaisons() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (changchun == null) {
            fixtures.member(CHANGCHUN, JILIN, SIPING);
            changchun = events.liaison(CHANGCHUN);
            jilin = events.liaison(JILIN);
            siping = events.liaison(SIPING);
            staff = fixtures.account(Role.STAFF);
            changchunAccount = fixtures.account(Role.LIAISON, CHANGCHUN, null, changchun.personId());
        }
    }

    private static String docNumber() {
        return "吉协〔2026〕" + NUMBERS.incrementAndGet() + "号-" + System.nanoTime();
    }

    private static Targets picked(String... codes) {
        return new Targets(TargetMode.PICKED, List.of(), null, null, List.of(codes));
    }

    private Invitation invite(long event, String... codes) {
        return EventTesting.as(EventTesting.staff(), () -> invitations.invite(event, new InvitationDraft(docNumber(), null, null, picked(codes))));
    }

    private Map<String, TrackingRow> tracking(long circular) {
        return EventTesting.as(EventTesting.staff(), () -> circulars.tracking(circular, TrackingFilter.none())).rows().stream()
                .collect(Collectors.toMap(TrackingRow::cityCode, row -> row));
    }

    private long delivery(long circular, String city) {
        return jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :c AND city_code = :city")
                .param("c", circular).param("city", city).query(Long.class).single();
    }

    @Test
    void theInvitationIsACircularWhoseTrackingShowsWhoReadItAndWhoAnsweredByRegisteringOrDeclining() throws Exception {
        long event = events.openEvent("吉林片区联络员工作会议", 50, 3);
        EventView view = EventTesting.as(EventTesting.staff(), () -> queries.event(event));
        Invitation invitation = invite(event, CHANGCHUN, JILIN, SIPING);
        assertThat(invitation.cities()).containsExactly(CHANGCHUN, JILIN, SIPING);

        CircularDetails circular = EventTesting.as(EventTesting.staff(), () -> circulars.details(invitation.circularId()));
        assertThat(circular.issued()).isTrue();
        assertThat(circular.hasReceipt()).as("the reply is the registration, not a receipt form").isFalse();
        assertThat(circular.expectsReply()).isTrue();
        assertThat(circular.replyLink()).isEqualTo("/admin/events/" + event + "/delegation");
        assertThat(circular.deadline()).isEqualTo(view.registrationClosesAt());
        assertThat(circular.title()).isEqualTo("关于参加“吉林片区联络员工作会议”的通知");
        assertThat(circular.bodyHtml()).contains("各会员城市", "吉林片区联络员工作会议", "成都世纪城国际会议中心", "每个城市最多报名 3 人",
                "href=\"http://localhost:8080/admin/events/" + event + "/delegation\"");
        assertThat(events.count("SELECT count(*) FROM mail_outbox WHERE topic = 'circular-issued' AND recipient = ?",
                events.email(changchun))).isGreaterThanOrEqualTo(1);

        long changchunCopy = delivery(invitation.circularId(), CHANGCHUN);
        EventTesting.as(changchun, () -> {
            deliveries.open(changchunCopy);
            return null;
        });
        mvc.perform(get("/admin/inbox/" + changchunCopy).cookie(Sessions.login(mvc, changchunAccount, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"reply-link\""),
                        containsString("href=\"/admin/events/" + event + "/delegation\""), not(containsString("id=\"receipt-form\"")))));
        Map<String, TrackingRow> read = tracking(invitation.circularId());
        assertThat(read.get(CHANGCHUN).status()).isEqualTo(DeliveryStatus.READ);
        assertThat(read.get(JILIN).status()).isEqualTo(DeliveryStatus.UNREAD);

        DelegationView registered = events.register(changchun, event, CHANGCHUN, EventTesting.delegation("长春甲", "长春乙"));
        events.register(jilin, event, JILIN, new DelegationEntry(DelegationAnswer.DECLINED, List.of()));
        events.register(EventTesting.staff(), event, LIAOYUAN, EventTesting.delegation("辽源甲"));

        Map<String, TrackingRow> answered = tracking(invitation.circularId());
        assertThat(answered.get(CHANGCHUN).status()).isEqualTo(DeliveryStatus.REPLIED_ON_TIME);
        assertThat(answered.get(CHANGCHUN).repliedBy()).isEqualTo(changchun.username());
        assertThat(answered.get(JILIN).status()).isEqualTo(DeliveryStatus.REPLIED_ON_TIME);
        assertThat(answered.get(JILIN).readAt()).as("answering reads the circular").isNotNull();
        assertThat(answered.get(SIPING).status()).isEqualTo(DeliveryStatus.UNREAD);
        assertThat(answered).doesNotContainKey(LIAOYUAN);

        mvc.perform(get("/admin/circulars/" + invitation.circularId() + "/tracking").cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已回执 2/3 个城市"), containsString("id=\"remind\""))));

        events.register(changchun, event, CHANGCHUN, EventTesting.resend(registered, EventTesting.delegate("长春丙")));
        assertThat(jdbc.sql("SELECT kind || ':' || coalesce(detail, '') FROM circular_delivery_event WHERE delivery_id = :d ORDER BY id")
                .param("d", changchunCopy).query(String.class).list())
                .containsExactly("READ:", "REPLIED:REGISTERED", "AMENDED:REGISTERED");

        var board = EventTesting.as(EventTesting.staff(), () -> queries.board(event, null));
        assertThat(board.rows()).extracting(BoardRow::cityCode).containsExactly(CHANGCHUN, JILIN, SIPING, LIAOYUAN);
        assertThat(board.rows()).extracting(BoardRow::answer)
                .containsExactly(DelegationAnswer.REGISTERED, DelegationAnswer.DECLINED, null, DelegationAnswer.REGISTERED);
        assertThat(board.rows().get(0).registered()).isEqualTo(3);
        InvitationProgress progress = EventTesting.as(EventTesting.staff(), () -> invitations.progress(event)).orElseThrow();
        assertThat(progress.cities()).containsOnlyKeys(CHANGCHUN, JILIN, SIPING);
        assertThat(progress.read()).isEqualTo(2);

        RuleViolation again = catchThrowableOfType(RuleViolation.class, () -> invite(event, SIPING));
        assertThat(again.field()).isEqualTo("targets");
        assertThat(again.messageKey()).as("Siping is invited already").isEqualTo("event.invitation.error.allInvited");
        assertThat(events.count("SELECT count(*) FROM circular WHERE reply_link = ?", "/admin/events/" + event + "/delegation")).isEqualTo(1);
    }

    @Test
    void aSupplementaryInvitationGoesOnlyToCitiesNotYetInvitedAsItsOwnCircularAndEachCityCountsOnce() {
        long event = events.openEvent("吉林补充邀请测试", 50, null);
        Invitation first = invite(event, CHANGCHUN, JILIN);
        assertThat(first.alreadyInvited()).isZero();

        InvitationReach reach = EventTesting.as(EventTesting.staff(), () -> invitations.reach(event, picked(CHANGCHUN, SIPING)));
        assertThat(reach.cities()).extracting(CityRef::code).containsExactly(SIPING);
        assertThat(reach.alreadyInvited()).isEqualTo(1);
        long circularsBefore = events.count("SELECT count(*) FROM circular");
        RuleViolation nothingLeft = catchThrowableOfType(RuleViolation.class, () -> invite(event, JILIN, CHANGCHUN));
        assertThat(nothingLeft.field()).isEqualTo("targets");
        assertThat(nothingLeft.messageKey()).isEqualTo("event.invitation.error.allInvited");
        assertThat(nothingLeft.args()).containsExactly(2);
        assertThat(events.count("SELECT count(*) FROM circular")).isEqualTo(circularsBefore);

        Invitation second = invite(event, CHANGCHUN, SIPING);
        assertThat(second.cities()).as("Changchun is left out").containsExactly(SIPING);
        assertThat(second.alreadyInvited()).isEqualTo(1);
        assertThat(second.circularId()).isNotEqualTo(first.circularId());
        CircularDetails firstCircular = EventTesting.as(EventTesting.staff(), () -> circulars.details(first.circularId()));
        CircularDetails secondCircular = EventTesting.as(EventTesting.staff(), () -> circulars.details(second.circularId()));
        assertThat(secondCircular.docNumber()).isNotEqualTo(firstCircular.docNumber());
        assertThat(secondCircular.title()).isEqualTo("关于参加“吉林补充邀请测试”的补充通知");
        assertThat(secondCircular.deadline()).isEqualTo(firstCircular.deadline());
        assertThat(secondCircular.replyLink()).isEqualTo(firstCircular.replyLink());
        assertThat(EventTesting.as(EventTesting.staff(), () -> invitations.invitations(event)))
                .extracting(InvitationView::circularId, InvitationView::supplementary)
                .containsExactly(Tuple.tuple(first.circularId(), false),
                        Tuple.tuple(second.circularId(), true));

        events.register(siping, event, SIPING, EventTesting.delegation("四平补充"));
        assertThat(tracking(second.circularId()).get(SIPING).status()).as("the answer lands on the invitation that reached the city")
                .isEqualTo(DeliveryStatus.REPLIED_ON_TIME);
        assertThat(tracking(first.circularId())).doesNotContainKey(SIPING);

        var board = EventTesting.as(EventTesting.staff(), () -> queries.board(event, null));
        assertThat(board.rows()).extracting(BoardRow::cityCode).containsExactly(CHANGCHUN, JILIN, SIPING);
        InvitationProgress progress = EventTesting.as(EventTesting.staff(), () -> invitations.progress(event)).orElseThrow();
        assertThat(progress.invitations()).hasSize(2);
        assertThat(progress.cities()).containsOnlyKeys(CHANGCHUN, JILIN, SIPING);
        assertThat(progress.cities().get(SIPING).repliedAt()).isNotNull();

        long sipingReminders = reminders(siping);
        assertThat(EventTesting.as(EventTesting.staff(), () -> invitations.remindUnanswered(event)))
                .as("Changchun and Jilin, through the first circular").isEqualTo(new EventInvitations.Reminded(2, 0));
        assertThat(events.count("SELECT count(*) FROM circular_delivery_event WHERE kind = 'REMINDED' AND delivery_id = ?",
                delivery(first.circularId(), JILIN))).isEqualTo(1);
        assertThat(reminders(siping)).isEqualTo(sipingReminders);
    }

    @Test
    void theInvitationsDeadlineFollowsTheEventsWithRepliesKeptAndTheRemindersOnTheNewDeadline() {
        long event = events.openEvent("吉林截止调整测试", 50, null);
        Invitation first = invite(event, CHANGCHUN, JILIN);
        Invitation second = invite(event, SIPING);
        events.register(changchun, event, CHANGCHUN, EventTesting.delegation("长春截止"));
        EventView view = EventTesting.as(EventTesting.staff(), () -> queries.event(event));
        Instant before = view.registrationClosesAt();
        long jilinCopy = delivery(first.circularId(), JILIN);
        circularReminders.sendDue();
        assertThat(automaticReminders(jilinCopy)).as("twenty days ahead").isZero();
        long correctionsToJilin = events.count("SELECT count(*) FROM mail_outbox WHERE topic = 'circular-corrected' AND recipient = ?",
                events.email(jilin));

        Instant sooner = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        fixtures.asAdmin(() -> {
            planning.update(event, view.version(), withDeadline(view, sooner));
            return null;
        });

        for (Invitation invitation : List.of(first, second)) {
            CircularDetails circular = EventTesting.as(EventTesting.staff(), () -> circulars.details(invitation.circularId()));
            assertThat(circular.deadline()).isEqualTo(sooner);
            assertThat(circular.bodyHtml()).contains("请于 " + dates.format(sooner) + " 前").doesNotContain(dates.format(before));
            assertThat(circular.revisions().get(0).kind()).isEqualTo("CORRECTED");
            assertThat(circular.revisions().get(0).note()).contains(dates.format(before), dates.format(sooner));
            assertThat(circular.revisions().get(0).changes()).extracting(change -> change.field()).contains("deadline");
        }
        assertThat(tracking(first.circularId()).get(CHANGCHUN).status()).as("the reply stays").isEqualTo(DeliveryStatus.REPLIED_ON_TIME);
        assertThat(events.count("SELECT count(*) FROM mail_outbox WHERE topic = 'circular-corrected' AND recipient = ?",
                events.email(jilin))).isEqualTo(correctionsToJilin + 1);

        circularReminders.sendDue();
        assertThat(automaticReminders(jilinCopy)).as("a day before the new deadline").isEqualTo(1);
        assertThat(automaticReminders(delivery(first.circularId(), CHANGCHUN))).as("Changchun has answered").isZero();

        EventView moved = EventTesting.as(EventTesting.staff(), () -> queries.event(event));
        RuleRefusal past = catchThrowableOfType(RuleRefusal.class, () -> fixtures.asAdmin(() -> {
            planning.update(event, moved.version(), withDeadline(moved, clock.instant().minus(Duration.ofHours(1))));
            return null;
        }));
        assertThat(past.violations()).extracting(RuleViolation::field, RuleViolation::messageKey)
                .containsExactly(Tuple.tuple("registrationClosesAt", "event.invitation.error.deadlineNotAhead"));
        assertThat(EventTesting.as(EventTesting.staff(), () -> circulars.details(first.circularId())).deadline()).isEqualTo(sooner);
    }

    private static EventDraft withDeadline(EventView view, Instant deadline) {
        EventDraft draft = EventTesting.draftOf(view, view.capacity());
        return new EventDraft(draft.kind(), draft.title(), draft.hostCityCode(), draft.startsOn(), draft.endsOn(),
                draft.registrationOpensAt(), deadline, draft.capacity(), draft.cityQuota(), draft.notes(), draft.venues(),
                draft.sessions(), draft.visitGroups());
    }

    private long automaticReminders(long delivery) {
        return events.count("SELECT count(*) FROM circular_reminder WHERE delivery_id = ?", delivery);
    }

    @Test
    void remindingThoseWithNoAnswerMailsOnlyThemAndEachCityAtMostOnceADay() {
        long event = events.openEvent("吉林片区提醒测试", 50, null);
        Invitation invitation = invite(event, CHANGCHUN, JILIN, SIPING);
        events.register(changchun, event, CHANGCHUN, EventTesting.delegation("长春提醒"));
        long before = reminders(jilin);
        long changchunBefore = reminders(changchun);

        EventInvitations.Reminded first = EventTesting.as(EventTesting.staff(), () -> invitations.remindUnanswered(event));
        assertThat(first).isEqualTo(new EventInvitations.Reminded(2, 0));
        assertThat(reminders(jilin)).isEqualTo(before + 1);
        assertThat(reminders(changchun)).as("Changchun has registered").isEqualTo(changchunBefore);
        assertThat(events.count("SELECT count(*) FROM circular_delivery_event WHERE kind = 'REMINDED' AND delivery_id = ?",
                delivery(invitation.circularId(), SIPING))).isEqualTo(1);

        EventInvitations.Reminded again = EventTesting.as(EventTesting.staff(), () -> invitations.remindUnanswered(event));
        assertThat(again).as("the same day").isEqualTo(new EventInvitations.Reminded(0, 2));
        assertThat(reminders(jilin)).isEqualTo(before + 1);

        jdbc.sql("UPDATE event_invitation_reminder SET day = day - 1 WHERE event_id = :e").param("e", event).update();
        assertThat(EventTesting.as(EventTesting.staff(), () -> invitations.remindUnanswered(event)))
                .as("the next day").isEqualTo(new EventInvitations.Reminded(2, 0));
        assertThat(reminders(jilin)).isEqualTo(before + 2);
        InvitationProgress progress = EventTesting.as(EventTesting.staff(), () -> invitations.progress(event)).orElseThrow();
        assertThat(progress.cities().get(JILIN).remindedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(progress.cities().get(CHANGCHUN).remindedOn()).isNull();

        assertThat(EventTesting.as(EventTesting.staff(), () -> circularReminders.remindUnreplied(invitation.circularId())))
                .as("the circular's own reminder knows the invitation awaits replies").isEqualTo(2);
        assertThatThrownBy(() -> EventTesting.as(siping, () -> invitations.remindUnanswered(event)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long reminders(Actor liaison) {
        return events.count("SELECT count(*) FROM mail_outbox WHERE topic = 'circular-reminder' AND recipient = ?", events.email(liaison));
    }

    @Test
    void anInvitationNeedsAnOpenEventAndIsRefusedLikeAnyCircularWithNothingWritten() {
        long draft = fixtures.asAdmin(() -> planning.create(events.draft("吉林草稿会议", 10, null)));
        RuleViolation notOpen = catchThrowableOfType(RuleViolation.class, () -> invite(draft, CHANGCHUN));
        assertThat(notOpen.messageKey()).isEqualTo("event.invitation.error.notOpen");

        long event = events.openEvent("吉林退回测试", 10, null);
        long circularsBefore = events.count("SELECT count(*) FROM circular");
        RuleRefusal refused = catchThrowableOfType(RuleRefusal.class, () -> EventTesting.as(EventTesting.staff(),
                () -> invitations.invite(event, new InvitationDraft(" ", "标题", "<p> </p>", picked(CHANGCHUN)))));
        assertThat(refused.violations()).extracting(RuleViolation::field).contains("docNumber", "bodyHtml");
        RuleViolation unknown = catchThrowableOfType(RuleViolation.class, () -> EventTesting.as(EventTesting.staff(),
                () -> invitations.invite(event, new InvitationDraft(docNumber(), null, null, picked("999999")))));
        assertThat(unknown.field()).isEqualTo("targets");
        assertThat(events.count("SELECT count(*) FROM circular")).isEqualTo(circularsBefore);
        assertThat(events.count("SELECT count(*) FROM event_invitation WHERE event_id = ?", event)).isZero();

        assertThatThrownBy(() -> EventTesting.as(changchun, () -> invitations.invite(event,
                new InvitationDraft(docNumber(), null, null, picked(CHANGCHUN))))).isInstanceOf(AccessDeniedException.class);
        events.deadlinePassed(event);
        RuleViolation late = catchThrowableOfType(RuleViolation.class, () -> invite(event, CHANGCHUN));
        assertThat(late.messageKey()).isEqualTo("event.invitation.error.pastDeadline");
    }

    @Test
    void theSecretariatWritesTheInvitationConfirmsHowManyCitiesItReachesAndTheBoardListsThem() throws Exception {
        long event = events.openEvent("吉林网页邀请测试", 30, null);
        Cookie session = Sessions.login(mvc, staff, Fixtures.PASSWORD);
        String page = "/admin/events/" + event + "/invitation";
        mvc.perform(get("/admin/events/" + event).cookie(session))
                .andExpect(content().string(allOf(containsString("id=\"write-invitation\""), containsString("/events/" + event + "/calendar.ics"))));
        mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("关于参加&ldquo;吉林网页邀请测试&rdquo;的通知"), containsString("id=\"invitation-pickedCities\""),
                        containsString("data-confirm=\"confirm-invitation\""))));
        mvc.perform(get(page + "/reach").param("targetMode", "PICKED").param("pickedCities", "长春 吉林市").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("将邀请 2 个城市")));

        String number = docNumber();
        mvc.perform(post(page).with(csrf()).cookie(session).param("docNumber", number).param("title", "关于参加吉林会议的通知")
                        .param("bodyHtml", "<p>请各市报名。</p>").param("targetMode", "PICKED").param("pickedCities", "长春 吉林市"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"confirm-invitation-step\""), containsString("将向 2 个城市发出邀请通知"),
                        containsString("name=\"confirmed\" value=\"true\""), containsString("value=\"" + number + "\""))));
        assertThat(events.count("SELECT count(*) FROM event_invitation WHERE event_id = ?", event)).as("asked only").isZero();

        mvc.perform(post(page).with(csrf()).cookie(session).param("docNumber", " ").param("title", "关于参加吉林会议的通知")
                        .param("bodyHtml", "<p>请各市报名。</p>").param("targetMode", "PICKED").param("pickedCities", "长春 吉林市")
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("invitationForm", "docNumber", "circular.error.required"))
                .andExpect(content().string(containsString("请各市报名。")));
        mvc.perform(post(page).with(csrf()).cookie(session).param("docNumber", number).param("title", "关于参加吉林会议的通知")
                        .param("bodyHtml", "<p>请各市报名。</p>").param("targetMode", "PICKED").param("pickedCities", "长春 不存在市")
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("invitationForm", "pickedCities", "targets.error.unknownCities"));
        assertThat(events.count("SELECT count(*) FROM event_invitation WHERE event_id = ?", event)).isZero();

        mvc.perform(post(page).with(csrf()).cookie(session).param("docNumber", number).param("title", "关于参加吉林会议的通知")
                        .param("bodyHtml", "<p>请各市报名。</p>").param("targetMode", "PICKED").param("pickedCities", "长春 吉林市")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/events/" + event + "/board"));
        String board = mvc.perform(get("/admin/events/" + event + "/board").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(board).contains("id=\"invitation-summary\"", number, "长春市", "吉林市", "未读", "id=\"remind-unanswered\"")
                .doesNotContain("四平市");

        mvc.perform(post(page + "/remind").with(csrf()).cookie(session))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/events/" + event + "/board"));
        assertThat(events.count("SELECT count(*) FROM event_invitation_reminder WHERE event_id = ?", event)).isEqualTo(2);
        mvc.perform(get("/admin/events/" + event).cookie(session))
                .andExpect(content().string(allOf(containsString("id=\"invitation-issued\""), containsString(number),
                        containsString("id=\"write-supplementary\""), not(containsString("id=\"write-invitation\"")))));

        mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("补充邀请：吉林网页邀请测试"), containsString("id=\"earlier-invitations\""),
                        containsString(number), containsString("关于参加&ldquo;吉林网页邀请测试&rdquo;的补充通知"))));
        mvc.perform(get(page + "/reach").param("targetMode", "PICKED").param("pickedCities", "长春 四平").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("将邀请 1 个城市（另有 1 个所选城市已邀请过，不再重复邀请）")));
        mvc.perform(get(page + "/reach").param("targetMode", "PICKED").param("pickedCities", "长春 吉林市").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选的 2 个城市都已邀请过")));
        String supplementary = docNumber();
        mvc.perform(post(page).with(csrf()).cookie(session).param("docNumber", supplementary).param("title", "关于参加吉林会议的补充通知")
                        .param("bodyHtml", "<p>请四平市报名。</p>").param("targetMode", "PICKED").param("pickedCities", "长春 四平"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("将向 1 个城市发出邀请通知"), containsString("id=\"confirm-left-out\""))));
        mvc.perform(post(page).with(csrf()).cookie(session).param("docNumber", supplementary).param("title", "关于参加吉林会议的补充通知")
                        .param("bodyHtml", "<p>请四平市报名。</p>").param("targetMode", "PICKED").param("pickedCities", "长春 吉林市")
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("invitationForm", "targetMode", "event.invitation.error.allInvited"));
        mvc.perform(post(page).with(csrf()).cookie(session).param("docNumber", supplementary).param("title", "关于参加吉林会议的补充通知")
                        .param("bodyHtml", "<p>请四平市报名。</p>").param("targetMode", "PICKED").param("pickedCities", "长春 四平")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/events/" + event + "/board"));
        assertThat(mvc.perform(get("/admin/events/" + event + "/board").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("共 2 份邀请通知", number, supplementary, "补充邀请", "四平市");
    }

    @Test
    void theApiIssuesTheInvitationAndAnswersItsCircularAndCitiesOrEveryProblem() throws Exception {
        long event = events.openEvent("吉林接口邀请测试", 30, null);
        String number = docNumber();
        mvc.perform(post("/api/v1/events/" + event + "/invitation").with(httpBasic(staff, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"docNumber\":\"" + number + "\",\"targets\":{\"mode\":\"PICKED\",\"cities\":[\"" + SIPING + "\",\"" + JILIN + "\"]}}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/circulars/")))
                .andExpect(jsonPath("$.circularId").isNumber())
                .andExpect(jsonPath("$.cities").value(containsInAnyOrder(SIPING, JILIN)));
        mvc.perform(post("/api/v1/events/" + event + "/invitation").with(httpBasic(staff, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"docNumber\":\"" + docNumber() + "\",\"targets\":{\"mode\":\"PICKED\",\"cities\":[\"" + JILIN + "\"]}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("targets"));
        mvc.perform(post("/api/v1/events/" + event + "/invitation").with(httpBasic(staff, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"docNumber\":\"" + docNumber() + "\",\"targets\":{\"mode\":\"PICKED\",\"cities\":[\"" + JILIN + "\",\"" + CHANGCHUN + "\"]}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cities").value(contains(CHANGCHUN)))
                .andExpect(jsonPath("$.alreadyInvited").value(1));
        assertThat(events.count("SELECT count(*) FROM event_invitation WHERE event_id = ?", event)).isEqualTo(2);

        long other = events.openEvent("吉林接口错误测试", 30, null);
        mvc.perform(post("/api/v1/events/" + other + "/invitation").with(httpBasic(staff, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"docNumber\":\"\",\"bodyHtml\":\"<p>请报名。</p>\",\"targets\":{\"mode\":\"ALL_MEMBERS\"}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("docNumber")));
        mvc.perform(post("/api/v1/events/" + other + "/invitation").with(httpBasic(staff, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"docNumber\":\"" + docNumber() + "\",\"targets\":{\"mode\":\"PROVINCES\"}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("targets"));
        assertThat(events.count("SELECT count(*) FROM event_invitation WHERE event_id = ?", other)).isZero();
    }
}
