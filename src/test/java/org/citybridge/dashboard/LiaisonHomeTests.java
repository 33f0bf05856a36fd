package org.citybridge.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.circulars.CircularsApi;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.evaluation.BackdatedCirculars;
import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A liaison's home lists the city's own work, each item linking to it, overdue first; never another city's, nor the network's figures. */
@IntegrationTest
class LiaisonHomeTests {

    private static final String WUHU = "340200";
    private static final String MAANSHAN = "340500";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularsApi circulars;
    @Autowired
    TaskAssigning tasks;
    @Autowired
    SubmissionWriting writing;
    @Autowired
    SubmissionReview review;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theHomeShowsTheCitysCircularsTasksReturnedReportsAndEventsAhead() throws Exception {
        long person = fixtures.person("芜湖主页联络员");
        fixtures.member(WUHU);
        fixtures.appoint(WUHU, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String username = fixtures.account(Role.LIAISON, WUHU, "340000", person);
        Actor liaison = new Actor(username, Role.LIAISON, WUHU, "340000", person);
        BackdatedCirculars issuing = new BackdatedCirculars(fixtures, circulars, jdbc, clock);
        long dueLater = issuing.issue("芜湖", "芜湖主页：下月回执的通知", WUHU);
        long overdue = issuing.issue("芜湖", "芜湖主页：已逾期的通知", WUHU);
        issuing.backdate(overdue, Timestamp.from(clock.instant().minus(10, ChronoUnit.DAYS)),
                Timestamp.from(clock.instant().minus(2, ChronoUnit.DAYS)));
        issuing.issue("马鞍山", "马鞍山主页：别市的通知", MAANSHAN);
        long task = fixtures.asAdmin(() -> tasks.assign(new NewTask("芜湖主页：办理中的任务", "<p>请办理</p>", TaskPriority.NORMAL,
                LocalDate.now(clock).plusDays(3), List.of(WUHU), List.of()), List.of()));
        long report = Fixtures.as(liaison, () -> writing.create(new ReportInput("芜湖主页：退回的稿件", SubmissionKind.CITY_NEWS,
                "<p>稿件</p>"), true, List.of()));
        fixtures.asAdmin(() -> review.review(report, ReviewAction.RETURN, "请补充数据", null));
        long event = new EventTesting(fixtures, planning, registering, jdbc, clock).openEvent("芜湖主页：年会", 50, null);
        // the nearest event of all: the home lists the 20 nearest, and other tests open many on the same later day
        jdbc.sql("UPDATE event SET starts_on = :start, ends_on = :start WHERE id = :id")
                .param("start", LocalDate.now(clock).plusDays(1)).param("id", event).update();

        Document home = Jsoup.parse(mvc.perform(get("/admin").cookie(Sessions.login(mvc, username, Fixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsString());

        assertThat(home.select("#home-replies li a").eachText()).containsExactly("芜湖主页：已逾期的通知", "芜湖主页：下月回执的通知");
        assertThat(home.select("#home-replies li").first().text()).contains("已逾期");
        assertThat(home.select("#home-unread li a").eachText()).contains("芜湖主页：下月回执的通知", "芜湖主页：已逾期的通知");
        assertThat(home.select("#home-unread a").first().attr("href")).startsWith("/admin/inbox/");
        assertThat(home.select("#home-tasks li a").eachText()).containsExactly("芜湖主页：办理中的任务");
        assertThat(home.select("#home-tasks li a").attr("href")).isEqualTo("/admin/tasks/" + task + "/cities/" + WUHU);
        assertThat(home.select("#report-notices li a").eachText()).containsExactly("被退回修改：芜湖主页：退回的稿件");
        assertThat(home.select("#home-events li[data-event=" + event + "]").text()).contains("芜湖主页：年会", "尚未报名");
        assertThat(home.text()).doesNotContain("马鞍山主页", "联络员覆盖率");
        assertThat(home.select("#coverage-percent")).isEmpty();
        assertThat(home.select("#nav-dashboard").attr("aria-current")).isEqualTo("page");
        assertThat(dueLater).isPositive();
    }

    @Test
    void staffStillSeeTheNetworksFigures() throws Exception {
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);

        Document home = Jsoup.parse(mvc.perform(get("/admin").cookie(admin)).andReturn().getResponse().getContentAsString());

        assertThat(home.select("#coverage-percent")).hasSize(1);
        assertThat(home.select("#home-tasks")).isEmpty();
    }
}
