package org.citybridge.submissions;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.submissions.domain.Adoption;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What follows a review for the city: a returned or rejected report is mailed and shown on the liaison's home page, an
 * adopted one links to its article; drafts can be deleted after a confirmation; the review list says when its period
 * is reversed and offers a coordinator only their province.
 */
@IntegrationTest
class SubmissionFollowUpTests {

    private static final String GUIYANG = "520100";
    private static final String ZUNYI = "520300";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmissionWriting writing;
    @Autowired
    SubmissionReview review;
    @Autowired
    MessageSource messages;

    private static Actor city;
    private static String liaison;
    private static String otherLiaison;
    private static String staff;
    private static String coordinator;
    private static String email;

    @BeforeEach
    void accounts() {
        if (liaison != null) {
            return;
        }
        long person = fixtures.person("贵阳联络员");
        fixtures.appoint(GUIYANG, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        city = SubmissionTesting.liaison(GUIYANG, person);
        liaison = fixtures.account(Role.LIAISON, GUIYANG, null, person);
        email = jdbc.sql("SELECT email FROM person WHERE id = :id").param("id", person).query(String.class).single();
        long other = fixtures.person("遵义联络员");
        fixtures.appoint(ZUNYI, other, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        otherLiaison = fixtures.account(Role.LIAISON, ZUNYI, null, other);
        staff = fixtures.account(Role.STAFF);
        coordinator = fixtures.account(Role.PROVINCE, null, "520000", null);
    }

    @Test
    void aReturnedReportIsMailedAndWaitsOnTheLiaisonsHomePage() throws Exception {
        long id = report("贵阳退回稿", true);
        long before = mails("submission-returned");
        mvc.perform(post("/admin/submissions/" + id + "/review").param("action", "return").param("opinion", "请补充数据。")
                .cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mails("submission-returned") - before).isEqualTo(1);
        assertThat(lastMail("submission-returned")).contains(email).contains("贵阳退回稿").contains("请补充数据。")
                .contains("/admin/submissions/" + id);

        mvc.perform(get("/admin").cookie(Sessions.login(mvc, liaison, Fixtures.PASSWORD)))
                .andExpect(content().string(containsString("被退回修改：贵阳退回稿")))
                .andExpect(content().string(containsString("href=\"/admin/submissions/" + id + "\"")));
    }

    @Test
    void aRejectedReportIsMailedAndShownOnTheLiaisonsHomePage() throws Exception {
        long id = report("贵阳不采用稿", true);
        long before = mails("submission-rejected");
        Fixtures.as(SubmissionTesting.staff(), () -> review.review(id, ReviewAction.REJECT, "内容重复", null));
        assertThat(mails("submission-rejected") - before).isEqualTo(1);
        assertThat(lastMail("submission-rejected")).contains(email).contains("不予采用").contains("内容重复");
        mvc.perform(get("/admin").cookie(Sessions.login(mvc, liaison, Fixtures.PASSWORD)))
                .andExpect(content().string(containsString("不予采用：贵阳不采用稿")));
        mvc.perform(get("/admin").cookie(Sessions.login(mvc, otherLiaison, Fixtures.PASSWORD)))
                .andExpect(content().string(containsString("没有待处理的稿件")));
    }

    @Test
    void anAdoptedReportLinksToItsArticleWhileItIsLive() throws Exception {
        long id = report("贵阳采用稿", true);
        long column = jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
        Fixtures.as(SubmissionTesting.staff(), () -> review.review(id, ReviewAction.ADOPT, null,
                new Adoption(column, null, null, null, null, null)));
        long article = jdbc.sql("SELECT article_id FROM submission WHERE id = :id").param("id", id).query(Long.class).single();
        String link = "href=\"/article/" + article + ".html\"";
        for (String user : List.of(liaison, staff)) {
            mvc.perform(get("/admin/submissions/" + id).cookie(Sessions.login(mvc, user, Fixtures.PASSWORD)))
                    .andExpect(content().string(containsString(link)));
        }
        jdbc.sql("UPDATE article SET expire_at = now() - interval '1 day', publish_at = now() - interval '2 days' WHERE id = :id")
                .param("id", article).update();
        String page = mvc.perform(get("/admin/submissions/" + id).cookie(Sessions.login(mvc, liaison, Fixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(link).contains("文章目前未公开");
    }

    @Test
    void aDraftIsDeletedOnlyAfterConfirmationByItsOwnCity() throws Exception {
        long draft = report("贵阳草稿", false);
        Cookie own = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        mvc.perform(get("/admin/submissions/" + draft).cookie(own))
                .andExpect(content().string(containsString("id=\"confirm-delete\"")))
                .andExpect(content().string(containsString("data-confirm=\"confirm-delete\"")));

        mvc.perform(post("/admin/submissions/" + draft + "/delete").cookie(own).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirm-delete-step\"")));
        assertThat(exists(draft)).isTrue();

        mvc.perform(post("/admin/submissions/" + draft + "/delete").param("confirmed", "true")
                        .cookie(Sessions.login(mvc, otherLiaison, Fixtures.PASSWORD)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(exists(draft)).isTrue();

        mvc.perform(post("/admin/submissions/" + draft + "/delete").param("confirmed", "true").cookie(own).with(csrf()))
                .andExpect(redirectedUrl("/admin/submissions"));
        assertThat(exists(draft)).isFalse();
    }

    @Test
    void aSubmittedReportIsNotDeleted() throws Exception {
        long submitted = report("贵阳已报送稿", true);
        mvc.perform(post("/admin/submissions/" + submitted + "/delete").param("confirmed", "true")
                        .cookie(Sessions.login(mvc, liaison, Fixtures.PASSWORD)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只能删除尚未报送的草稿")));
        assertThat(exists(submitted)).isTrue();
    }

    @Test
    void aReversedPeriodIsSaidSo() throws Exception {
        mvc.perform(get("/admin/submissions/review").param("from", "2026-05-01").param("to", "2026-04-01")
                        .cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"period-error\"")))
                .andExpect(content().string(containsString("截止日期不能早于起始日期")));
    }

    @Test
    void aCoordinatorsProvinceFilterOffersOnlyTheirProvince() throws Exception {
        String page = mvc.perform(get("/admin/submissions/review").cookie(Sessions.login(mvc, coordinator, Fixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String select = page.substring(page.indexOf("id=\"f-province\""));
        select = select.substring(0, select.indexOf("</select>"));
        assertThat(select).contains("value=\"520000\"").doesNotContain("value=\"510000\"");
    }

    @Test
    void englishCountsOfReportsAreSingularOrPlural() {
        assertThat(messages.getMessage("submission.count", new Object[]{1}, Locale.ENGLISH)).isEqualTo("1 report");
        assertThat(messages.getMessage("submission.count", new Object[]{3}, Locale.ENGLISH)).isEqualTo("3 reports");
        assertThat(messages.getMessage("task.board.count", new Object[]{1}, Locale.ENGLISH)).isEqualTo("1 task");
        assertThat(messages.getMessage("task.overdueDays", new Object[]{1}, Locale.ENGLISH)).isEqualTo("1 day overdue");
        assertThat(messages.getMessage("task.overdueDays", new Object[]{4}, Locale.ENGLISH)).isEqualTo("4 days overdue");
    }

    private long report(String title, boolean submit) {
        return Fixtures.as(city, () -> writing.create(new ReportInput(title, SubmissionKind.CITY_NEWS, "<p>" + title + "</p>"),
                submit, List.of()));
    }

    private boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM submission WHERE id = :id").param("id", id).query(Long.class).single() == 1;
    }

    private long mails(String topic) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE topic = :t").param("t", topic).query(Long.class).single();
    }

    private String lastMail(String topic) {
        return jdbc.sql("SELECT recipient || ' ' || subject || ' ' || body FROM mail_outbox WHERE topic = :t ORDER BY id DESC LIMIT 1")
                .param("t", topic).query(String.class).single();
    }
}
