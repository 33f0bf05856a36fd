package org.citybridge.submissions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Who sees a report's picture at /media/{id}: whoever may see a report that shows it; drafts are the city's alone. */
@IntegrationTest
class SubmissionPictureAccessTests {

    private static final String CHENGDU = "510100";
    private static final String NANNING = "450100";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    Dates dates;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPictureFollowsItsReportFromDraftToAdoptionAndTheLiaisonsPost() throws Exception {
        long person = fixtures.person("周图片");
        fixtures.appoint(CHENGDU, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, CHENGDU, null, person);
        long deputyPerson = fixtures.person("吴副职");
        long deputyPost = fixtures.appoint(CHENGDU, deputyPerson, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        String deputy = fixtures.account(Role.LIAISON, CHENGDU, null, deputyPerson);
        Map<String, Cookie> sessions = Map.of(
                "liaison", Sessions.login(mvc, liaison, Fixtures.PASSWORD),
                "deputy", Sessions.login(mvc, deputy, Fixtures.PASSWORD),
                "staff", Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD),
                "admin", Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD),
                "editor", Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD),
                "sichuan", Sessions.login(mvc, fixtures.account(Role.PROVINCE, null, "510000", null), Fixtures.PASSWORD),
                "guangxi", Sessions.login(mvc, fixtures.account(Role.PROVINCE, null, "450000", null), Fixtures.PASSWORD));
        String picture = upload(sessions.get("liaison"));
        String body = "<p>城市更新。</p><p><img src=\"/media/" + picture + "\" alt=\"老城\"></p>";

        String created = mvc.perform(post("/api/v1/submissions").with(httpBasic(liaison, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(report(body, false)))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(SubmissionTesting.jsonField(created, "id"));
        assertSeenBy(picture, sessions, "liaison", "deputy");

        mvc.perform(put("/api/v1/submissions/" + id).with(httpBasic(liaison, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(report(body, true)));
        assertThat(jdbc.sql("SELECT status FROM submission WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SUBMITTED");
        assertSeenBy(picture, sessions, "liaison", "deputy", "staff", "admin", "sichuan");

        fixtures.asAdmin(() -> {
            appointments.end(CHENGDU, deputyPost, dates.today());
            return null;
        });
        assertSeenBy(picture, sessions, "liaison", "staff", "admin", "sichuan");

        mvc.perform(post("/api/v1/submissions/" + id + "/review").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"adopt\",\"columnId\":" + liaisonWorkColumn() + ",\"title\":\"老城焕新\"}"));
        assertThat(mvc.perform(get("/media/" + picture).cookie(sessions.get("editor"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void anotherCitysPictureInABodyIsNotLinkedToTheReport() throws Exception {
        long chengdu = fixtures.person("郑成都");
        fixtures.appoint(CHENGDU, chengdu, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, CHENGDU, null, chengdu);
        long nanning = fixtures.person("冯南宁");
        fixtures.appoint(NANNING, nanning, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        Cookie nanningSession = Sessions.login(mvc, fixtures.account(Role.LIAISON, NANNING, null, nanning), Fixtures.PASSWORD);
        String nanningDraftPicture = upload(nanningSession);

        mvc.perform(post("/api/v1/submissions").with(httpBasic(liaison, Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(report("<p><img src=\"/media/" + nanningDraftPicture + "\" alt=\"借用\"></p>", true)));

        Cookie staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        assertThat(mvc.perform(get("/media/" + nanningDraftPicture).cookie(staff)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/media/" + nanningDraftPicture).cookie(nanningSession)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    private void assertSeenBy(String picture, Map<String, Cookie> sessions, String... allowed) throws Exception {
        for (Map.Entry<String, Cookie> who : sessions.entrySet()) {
            int status = mvc.perform(get("/media/" + picture).cookie(who.getValue())).andReturn().getResponse().getStatus();
            assertThat(status).as(who.getKey()).isEqualTo(List.of(allowed).contains(who.getKey()) ? 200 : 404);
        }
    }

    private String upload(Cookie session) throws Exception {
        String answer = mvc.perform(multipart("/admin/submissions/media")
                        .file(new MockMultipartFile("file", "老城.png", "image/png", SubmissionTesting.image("png")))
                        .cookie(session).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        return SubmissionTesting.jsonField(answer, "id");
    }

    private static String report(String body, boolean submit) {
        return "{\"title\":\"老城更新\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"" + body.replace("\"", "\\\"")
                + "\",\"submit\":" + submit + "}";
    }

    private long liaisonWorkColumn() {
        return jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
    }
}
