package org.citybridge.events;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.citybridge.directory.Gender;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegationAnswer;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.SessionKind;
import org.citybridge.events.domain.SessionView;
import org.citybridge.mail.outbox.MailDispatcher;
import org.citybridge.shared.Actor;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confirmation mail of a delegation, through the real outbox and SMTP (GreenMail on a free port): the liaison gets
 * the list with each registered delegate's own agenda as an .ics attachment (the sessions for everyone plus the
 * optional ones the delegate chose), again after an amendment, and when a waitlisted delegate moves up; the .ics files
 * are read back with ical4j.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "citybridge.mail.scheduler-enabled=false"})
@Import(Fixtures.class)
// its own context and embedded PostgreSQL (a mail server configured) are closed right after this class
@DirtiesContext
class DelegationMailTests {

    private static final int SMTP_PORT = freePort();
    private static final String MIANYANG = "510700";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    EventQueries queries;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private GreenMail smtp;

    @BeforeEach
    void mailServer() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        jdbc.sql("DELETE FROM mail_outbox").update();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    /** The test conference with a compulsory site visit on its second day, open for registration, for two places. */
    private EventView openEvent() {
        EventDraft draft = events.draft("绵阳确认邮件测试会议", 2, null);
        List<EventDraft.SessionEntry> sessions = new ArrayList<>(draft.sessions());
        sessions.add(new EventDraft.SessionEntry(null, events.firstDay().plusDays(1), LocalTime.of(8, 30), LocalTime.of(12, 0),
                "天府新区实地考察", SessionKind.SITE_VISIT, "天府新区", null, false, null));
        EventDraft withVisit = new EventDraft(draft.kind(), draft.title(), draft.hostCityCode(), draft.startsOn(), draft.endsOn(),
                draft.registrationOpensAt(), draft.registrationClosesAt(), draft.capacity(), draft.cityQuota(), draft.notes(),
                draft.venues(), sessions, draft.visitGroups());
        long id = fixtures.asAdmin(() -> {
            long created = planning.create(withVisit);
            planning.changeStatus(created, EventStatus.OPEN);
            return created;
        });
        return EventTesting.as(EventTesting.staff(), () -> queries.event(id));
    }

    private static SessionView session(EventView event, SessionKind kind) {
        return event.sessions().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theLiaisonGetsTheListAndEachRegisteredDelegatesAgendaAgainAfterAnAmendmentAndWhenTheWaitlistMovesUp() throws Exception {
        EventView event = openEvent();
        SessionView plenary = session(event, SessionKind.PLENARY);
        SessionView lecture = session(event, SessionKind.LECTURE);
        SessionView visit = session(event, SessionKind.SITE_VISIT);
        long group = event.visitGroups().get(0).id();
        Actor liaison = events.liaison(MIANYANG);
        String email = events.email(liaison);

        DelegateEntry wang = chosen("王明", List.of(lecture.id()), group);
        DelegateEntry li = chosen("李红", List.of(), null);
        DelegateEntry zhao = chosen("赵强", List.of(), null);
        DelegationView first = events.register(liaison, event.id(), MIANYANG, new DelegationEntry(null, List.of(wang, li, zhao)));

        Map<String, MimeMessage> mails = dispatched();
        MimeMessage registered = mails.get("【报名确认】绵阳确认邮件测试会议");
        assertThat(registered.getAllRecipients()[0].toString()).isEqualTo(email);
        Map<String, BodyPart> files = attachments(registered);
        assertThat(text(registered)).contains("1. 王明（已报名）", "2. 李红（已报名）", "3. 赵强（候补第 1 位）",
                "/admin/events/" + event.id() + "/delegations/" + MIANYANG, "已报名人员的个人日程见附件");
        assertThat(files).as("the waitlisted delegate has no agenda yet").containsOnlyKeys("王明的会议日程.ics", "李红的会议日程.ics");
        BodyPart wangFile = files.get("王明的会议日程.ics");
        assertThat(wangFile.getContentType()).startsWith("text/calendar").contains("method=PUBLISH");
        String wangAgenda = new String(wangFile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        long wangId = EventTesting.named(first, "王明").id();
        assertThat(IcsContent.calendarValue(wangAgenda, "X-WR-CALNAME")).isEqualTo("绵阳确认邮件测试会议（王明）");
        List<VEvent> wangSessions = IcsContent.events(wangAgenda);
        assertThat(wangSessions).extracting(e -> IcsContent.value(e, Property.SUMMARY))
                .as("the plenary, the chosen lecture and the site visit").containsExactly("开幕式暨全体会议", "城市更新专题讲座", "天府新区实地考察");
        assertThat(wangSessions).extracting(e -> IcsContent.value(e, Property.UID)).containsExactly(
                "event-" + event.id() + "-session-" + plenary.id() + "-delegate-" + wangId + "@citybridge",
                "event-" + event.id() + "-session-" + lecture.id() + "-delegate-" + wangId + "@citybridge",
                "event-" + event.id() + "-session-" + visit.id() + "-delegate-" + wangId + "@citybridge");
        assertThat(IcsContent.value(wangSessions.get(2), Property.DESCRIPTION)).contains("考察分组：第一组：天府新区（川A·12345）");
        String liAgenda = new String(files.get("李红的会议日程.ics").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(IcsContent.events(liAgenda)).extracting(e -> IcsContent.value(e, Property.SUMMARY))
                .as("no lecture she did not choose").containsExactly("开幕式暨全体会议", "天府新区实地考察");
        assertThat(IcsContent.value(IcsContent.events(liAgenda).get(1), Property.DESCRIPTION)).doesNotContain("考察分组");

        DelegationEntry withoutLi = new DelegationEntry(null, List.of(EventTesting.entry(EventTesting.named(first, "王明")),
                EventTesting.entry(EventTesting.named(first, "赵强"))));
        events.register(liaison, event.id(), MIANYANG, withoutLi);
        Map<String, MimeMessage> after = dispatched();
        assertThat(after).containsOnlyKeys("【报名变更】绵阳确认邮件测试会议", "【候补转正】绵阳确认邮件测试会议");
        MimeMessage promoted = after.get("【候补转正】绵阳确认邮件测试会议");
        assertThat(text(promoted)).contains("赵强", "已报名人员的个人日程见附件");
        String zhaoAgenda = new String(attachments(promoted).get("赵强的会议日程.ics").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(IcsContent.events(zhaoAgenda)).extracting(e -> IcsContent.value(e, Property.SUMMARY))
                .containsExactly("开幕式暨全体会议", "天府新区实地考察");
        MimeMessage amended = after.get("【报名变更】绵阳确认邮件测试会议");
        assertThat(text(amended)).contains("1. 王明（已报名）", "2. 赵强（已报名）").doesNotContain("李红");
        assertThat(attachments(amended)).containsOnlyKeys("王明的会议日程.ics", "赵强的会议日程.ics");

        events.register(liaison, event.id(), MIANYANG, new DelegationEntry(DelegationAnswer.DECLINED, List.of()));
        MimeMessage declined = dispatched().get("【不参加】绵阳确认邮件测试会议");
        assertThat(declined.getContent()).as("no agenda to attach").isInstanceOf(String.class);
        assertThat(text(declined)).contains("绵阳市已答复不参加");
    }

    private static DelegateEntry chosen(String name, List<Long> sessions, Long group) {
        DelegateEntry d = EventTesting.delegate(name);
        return new DelegateEntry(null, name, Gender.MALE, d.post(), d.unit(), d.mobile(), null, null, null, null, null, null,
                null, null, null, null, null, null, group, sessions);
    }

    /** Sends what the outbox holds and answers the messages the server got this time, by subject. */
    private Map<String, MimeMessage> dispatched() throws Exception {
        int before = smtp.getReceivedMessages().length;
        dispatcher.dispatchDue();
        MimeMessage[] all = smtp.getReceivedMessages();
        Map<String, MimeMessage> bySubject = new LinkedHashMap<>();
        for (int i = before; i < all.length; i++) {
            bySubject.put(all[i].getSubject(), all[i]);
        }
        return bySubject;
    }

    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        String text = content instanceof MimeMultipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
        return text.replace("\r\n", "\n");
    }

    private static Map<String, BodyPart> attachments(MimeMessage mail) throws Exception {
        Map<String, BodyPart> files = new LinkedHashMap<>();
        if (mail.getContent() instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equals(part.getDisposition())) {
                    files.put(part.getFileName(), part);
                }
            }
        }
        return files;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
