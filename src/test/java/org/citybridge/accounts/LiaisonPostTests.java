package org.citybridge.accounts;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.Appointee;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.platform.Dates;
import org.citybridge.platform.assets.Assets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A liaison account reaches its city only while its person holds the post there (issue 9, security 2). */
@IntegrationTest
class LiaisonPostTests {

    private static final String CHENGDU = "510100";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    TaskAssigning tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dates dates;
    @Autowired
    CityDirectory directory;
    @Autowired
    Assets assets;

    @Test
    void afterAHandoverTheOldLiaisonsSessionsAndTokensReachNothingOfTheCity() throws Exception {
        fixtures.member(CHENGDU);
        long predecessor = fixtures.person("王旧任");
        long post = fixtures.appoint(CHENGDU, predecessor, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String old = fixtures.account(Role.LIAISON, CHENGDU, null, predecessor);
        Cookie session = Sessions.login(mvc, old, Fixtures.PASSWORD);
        String token = token(session);
        long task = fixtures.asAdmin(() -> tasks.assign(new NewTask("交接测试事项", "<p>办理</p>", TaskPriority.NORMAL,
                dates.today().plusDays(30), List.of(CHENGDU), List.of()), List.of()));
        long delivery = issueCircularTo(CHENGDU);
        mvc.perform(get("/api/v1/cities/" + CHENGDU).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/admin/cities/" + CHENGDU).cookie(session)).andExpect(status().isOk());

        long successor = fixtures.person("李新任");
        fixtures.asAdmin(() -> appointments.handOver(CHENGDU, post, Appointee.existing(successor), dates.today()));
        String endedMessage = "您在成都市的联络员任职已于 " + dates.today() + " 结束";

        List<MockHttpServletRequestBuilder> api = List.of(
                get("/api/v1/cities/" + CHENGDU),
                get("/api/v1/people/" + successor),
                put("/api/v1/people/" + predecessor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"details\":{\"name\":\"王旧任改\"}}"),
                get("/api/v1/inbox"),
                put("/api/v1/deliveries/" + delivery + "/receipt").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{\"f1\":\"参加\"}}"),
                post("/api/v1/tasks/" + task + "/cities/" + CHENGDU + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"accept\"}"),
                post("/api/v1/submissions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"旧任的报送\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>正文</p>\",\"submit\":true}"));
        for (Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> as : List.<Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder>>of(
                request -> request.header("Authorization", "Bearer " + token),
                request -> request.with(httpBasic(old, Fixtures.PASSWORD)))) {
            for (MockHttpServletRequestBuilder request : api) {
                mvc.perform(as.apply(request)).andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.detail", containsString(endedMessage)));
            }
        }
        List<MockHttpServletRequestBuilder> pages = List.of(
                get("/admin"),
                get("/admin/cities/" + CHENGDU),
                get("/admin/people/" + predecessor),
                post("/admin/people/" + predecessor).with(csrf()).param("version", "0").param("name", "王旧任改"),
                get("/admin/inbox/" + delivery),
                post("/admin/inbox/" + delivery + "/receipt").with(csrf()).param("a.f1", "参加"),
                get("/admin/tasks"),
                post("/admin/submissions").with(csrf()).param("title", "旧任的报送").param("kind", "CITY_NEWS")
                        .param("bodyHtml", "<p>正文</p>"));
        for (MockHttpServletRequestBuilder page : pages) {
            mvc.perform(page.cookie(session)).andExpect(redirectedUrl("/admin/no-post"));
        }
        mvc.perform(get("/admin/no-post").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(endedMessage)));
        mvc.perform(get("/admin/account").cookie(session)).andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", predecessor).query(String.class).single()).isEqualTo("王旧任");
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE title = '旧任的报送'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT state FROM task_assignment WHERE task_id = :t").param("t", task).query(String.class).single())
                .isEqualTo("ASSIGNED");

        Actor oldActor = new Actor(old, Role.LIAISON, CHENGDU, null, predecessor);
        assertThatThrownBy(() -> Fixtures.as(oldActor, () -> directory.city(CHENGDU)))
                .as("the roster service itself refuses too").isInstanceOf(AccessDeniedException.class);

        String newcomer = fixtures.account(Role.LIAISON, CHENGDU, null, successor);
        mvc.perform(get("/api/v1/cities/" + CHENGDU).with(httpBasic(newcomer, Fixtures.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anEndedPostOrAnAccountLinkedToNoOneReachesNothingEither() throws Exception {
        long person = fixtures.person("赵离任");
        long post = fixtures.appoint(CHENGDU, person, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        String ended = fixtures.account(Role.LIAISON, CHENGDU, null, person);
        String unlinked = fixtures.account(Role.LIAISON, CHENGDU, null, null);
        mvc.perform(get("/api/v1/cities/" + CHENGDU).with(httpBasic(ended, Fixtures.PASSWORD))).andExpect(status().isOk());

        fixtures.asAdmin(() -> {
            appointments.end(CHENGDU, post, dates.today());
            return null;
        });

        mvc.perform(get("/api/v1/cities/" + CHENGDU).with(httpBasic(ended, Fixtures.PASSWORD))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("您在成都市的联络员任职已于 " + dates.today() + " 结束")));
        mvc.perform(get("/api/v1/cities/" + CHENGDU).with(httpBasic(unlinked, Fixtures.PASSWORD))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("没有关联在成都市任职的联络员")));
        mvc.perform(get("/api/v1/me").with(httpBasic(ended, Fixtures.PASSWORD))).andExpect(status().isOk());

        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        String users = mvc.perform(get("/admin/users").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String withoutPost = users.substring(users.indexOf("id=\"accounts-without-post\""), users.indexOf("id=\"posts-without-account-title\""));
        assertThat(withoutPost).contains(ended, unlinked);
    }

    @Test
    void aPercentEncodedPathDoesNotGetPastAnEndedPost() throws Exception {
        fixtures.member(CHENGDU);
        long person = fixtures.person("孙编码");
        long post = fixtures.appoint(CHENGDU, person, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        String ended = fixtures.account(Role.LIAISON, CHENGDU, null, person);
        Cookie session = Sessions.login(mvc, ended, Fixtures.PASSWORD);
        long delivery = issueCircularTo(CHENGDU);
        fixtures.asAdmin(() -> {
            appointments.end(CHENGDU, post, dates.today());
            return null;
        });

        for (String page : List.of("/%61dmin/tasks", "/%61dmin/cities/" + CHENGDU, "/admin/%74asks", "/%61dmin/inbox/" + delivery)) {
            mvc.perform(get(URI.create(page)).cookie(session)).andExpect(redirectedUrl("/admin/no-post"));
        }
        for (String api : List.of("/%61pi/v1/deliveries/" + delivery, "/%61pi/v1/cities/" + CHENGDU, "/api/v1/%69nbox")) {
            mvc.perform(get(URI.create(api)).with(httpBasic(ended, Fixtures.PASSWORD))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get(URI.create("/%61pi/v1/me")).with(httpBasic(ended, Fixtures.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/admin/account").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        for (String asset : List.of("/css/app.css", "/js/portal.js", "/vendor/jsqr/jsQR.js", "/webjars/bootstrap/dist/css/bootstrap.min.css")) {
            mvc.perform(get(asset).cookie(session)).andExpect(status().isOk());
            mvc.perform(get(assets.of(asset)).cookie(session)).andExpect(status().isOk());
        }
    }

    @Test
    void theAdministratorSeesLiaisonsInOfficeWithoutAnAccount() throws Exception {
        long person = fixtures.person("钱无账号");
        fixtures.appoint("510300", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        String users = mvc.perform(get("/admin/users").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(users.substring(users.indexOf("id=\"posts-without-account\""))).contains("钱无账号", "自贡市");

        fixtures.account(Role.LIAISON, "510300", null, person);
        users = mvc.perform(get("/admin/users").cookie(admin)).andReturn().getResponse().getContentAsString();
        assertThat(users).doesNotContain("钱无账号</a>");
    }

    private String token(Cookie session) throws Exception {
        String page = mvc.perform(post("/admin/account/tokens").cookie(session).with(csrf()).param("name", "脚本"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*id=\"new-token\">(cbt_[A-Za-z0-9_-]+)<.*", "$1");
    }

    private long issueCircularTo(String city) throws Exception {
        String body = mvc.perform(post("/api/v1/circulars").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"docNumber": "交接〔2026〕%d号", "title": "交接测试通知", "bodyHtml": "<p>请回执。</p>",
                                 "targets": {"mode": "PICKED", "cities": ["%s"]},
                                 "receiptForm": [{"label": "是否参会", "type": "SINGLE_CHOICE", "required": true, "options": ["参加", "不参加"]}],
                                 "deadline": "%s"}"""
                                .formatted(System.nanoTime() % 100000, city, dates.today().plusDays(20) + "T09:00:00Z")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long circular = Long.parseLong(body.replaceAll("(?s).*\"circularId\"\\s*:\\s*(\\d+).*", "$1"));
        return jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :c AND city_code = :city")
                .param("c", circular).param("city", city).query(Long.class).single();
    }
}
