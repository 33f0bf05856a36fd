package org.citybridge.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A task's whole journey through the back office and the API: Lanzhou (620100) works, Jiayuguan (620200) looks on. */
@IntegrationTest
class TaskFlowTests {

    private static final String LANZHOU = "620100";
    private static final String JIAYUGUAN = "620200";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    TaskWork work;

    private TaskTesting tasks;
    private static long primary;
    private static long deputy;
    private static String staff;
    private static String liaison;
    private static String otherLiaison;

    @BeforeEach
    void roster() {
        tasks = new TaskTesting(fixtures, assigning, work, jdbc);
        if (staff != null) {
            return;
        }
        fixtures.member(LANZHOU, JIAYUGUAN);
        primary = fixtures.person("兰州主联络员");
        deputy = fixtures.person("兰州副联络员");
        long other = fixtures.person("嘉峪关联络员");
        fixtures.appoint(LANZHOU, primary, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(LANZHOU, deputy, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(JIAYUGUAN, other, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        staff = fixtures.account(Role.STAFF);
        liaison = fixtures.account(Role.LIAISON, LANZHOU, null, primary);
        otherLiaison = fixtures.account(Role.LIAISON, JIAYUGUAN, null, other);
    }

    @Test
    void staffAssignsLiaisonWorksStaffReturnsAndCompletes() throws Exception {
        Cookie staffSession = Sessions.login(mvc, staff, Fixtures.PASSWORD);
        Cookie liaisonSession = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        LocalDate due = LocalDate.now(clock).plusDays(10);
        long mails = mails();

        mvc.perform(get("/admin/tasks/new").cookie(staffSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-pickedCities\"")));
        MvcResult created = mvc.perform(multipart("/admin/tasks")
                        .file(new MockMultipartFile("attachments", "方案.pdf", "application/pdf", TaskTesting.PDF))
                        .param("title", "报送城市更新经验材料").param("description", "<p>请于期限前报送</p><script>alert(1)</script>")
                        .param("priority", "HIGH").param("dueDate", due.toString())
                        .param("targetMode", "PICKED").param("pickedCities", "兰州 " + JIAYUGUAN).cookie(staffSession).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));

        assertThat(jdbc.sql("SELECT description FROM task WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("<p>请于期限前报送</p>");
        assertThat(tasks.responsible(id, LANZHOU)).isEqualTo(primary);
        assertThat(tasks.history(id, LANZHOU)).containsExactly("ASSIGN");
        assertThat(mails() - mails).as("both Lanzhou liaisons and the Jiayuguan liaison").isEqualTo(3);
        assertThat(jdbc.sql("SELECT body FROM mail_outbox WHERE topic = 'task-assigned' AND body LIKE :link ORDER BY id")
                .param("link", "%http://localhost:8080/admin/tasks/" + id + "/cities/" + LANZHOU + "%").query(String.class).list())
                .hasSize(2).allSatisfy(body -> assertThat(body).contains("报送城市更新经验材料", "重要", due.toString()));

        mvc.perform(get("/admin/tasks/" + id).cookie(staffSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("嘉峪关市")))
                .andExpect(content().string(containsString("方案.pdf")));

        // the liaison's list, page, and the attachment
        mvc.perform(get("/admin/tasks").cookie(liaisonSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("报送城市更新经验材料")));
        mvc.perform(get("/admin/tasks/" + id).cookie(liaisonSession))
                .andExpect(redirectedUrl("/admin/tasks/" + id + "/cities/" + LANZHOU));
        mvc.perform(get("/admin/tasks/" + id + "/cities/" + LANZHOU).cookie(liaisonSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("action-accept")))
                .andExpect(content().string(not(containsString("action-complete"))));
        String file = jdbc.sql("SELECT file_id::text FROM task_attachment WHERE task_id = :id").param("id", id).query(String.class).single();
        mvc.perform(get("/admin/tasks/" + id + "/files/" + file).cookie(liaisonSession)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/admin/tasks/" + id + "/cities/" + JIAYUGUAN).cookie(liaisonSession)).andExpect(status().isNotFound());

        // accept, two progress notes, submit with evidence
        transition(liaisonSession, id, "accept", null).andExpect(status().is3xxRedirection());
        transition(liaisonSession, id, "progress", "已召开专题会议").andExpect(status().is3xxRedirection());
        transition(liaisonSession, id, "progress", "已形成初稿").andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/admin/tasks/" + id + "/cities/" + LANZHOU + "/transitions")
                        .file(new MockMultipartFile("evidence", "照片.png", "image/png", TaskTesting.PNG))
                        .param("action", "submit").param("note", "经验材料已报送").cookie(liaisonSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.state(id, LANZHOU)).isEqualTo(AssignmentState.SUBMITTED);
        transition(liaisonSession, id, "complete", null).andExpect(status().isForbidden());

        // the secretariat returns it, the city submits again, the secretariat completes
        transition(staffSession, id, "return", "请补充典型案例").andExpect(status().is3xxRedirection());
        assertThat(tasks.state(id, LANZHOU)).isEqualTo(AssignmentState.IN_PROGRESS);
        transition(liaisonSession, id, "submit", "已补充典型案例").andExpect(status().is3xxRedirection());
        transition(staffSession, id, "complete", null).andExpect(status().is3xxRedirection());
        assertThat(tasks.state(id, LANZHOU)).isEqualTo(AssignmentState.COMPLETED);
        assertThat(tasks.history(id, LANZHOU)).containsExactly("ASSIGN", "ACCEPT", "PROGRESS", "PROGRESS", "SUBMIT", "RETURN",
                "SUBMIT", "COMPLETE");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM task_transition h JOIN task_assignment a ON a.id = h.assignment_id
                        WHERE a.task_id = :id AND h.actor = :who""")
                .param("id", id).param("who", liaison).query(Long.class).single()).isEqualTo(5);

        // a refused step re-renders the page with the reason and changes nothing
        transition(liaisonSession, id, "progress", "再补一条").andExpect(status().isOk())
                .andExpect(content().string(containsString("当前状态为“已办结”，不能执行“报告进展”")));
        assertThat(tasks.history(id, LANZHOU)).hasSize(8);

        MvcResult page = mvc.perform(get("/admin/tasks/" + id + "/cities/" + LANZHOU).cookie(staffSession))
                .andExpect(status().isOk()).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("请补充典型案例", "已补充典型案例", "照片.png", "已办结");
        String evidence = jdbc.sql("SELECT e.file_id::text FROM task_evidence e JOIN task_assignment a ON a.id = e.assignment_id WHERE a.task_id = :id")
                .param("id", id).query(String.class).single();
        mvc.perform(get("/admin/tasks/" + id + "/files/" + evidence).cookie(staffSession)).andExpect(status().isOk());
        mvc.perform(get("/admin/tasks/" + id + "/files/" + evidence).cookie(Sessions.login(mvc, otherLiaison, Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiCreatesReadsAndMovesAssignments() throws Exception {
        String due = LocalDate.now(clock).plusDays(5).toString();
        MvcResult created = mvc.perform(post("/api/v1/tasks").with(httpBasic(staff, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"API 交办\",\"description\":\"<b>说明</b>\",\"priority\":\"URGENT\",\"dueDate\":\"" + due
                                + "\",\"cityCodes\":[\"" + LANZHOU + "\",\"" + JIAYUGUAN + "\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("API 交办"))
                .andExpect(jsonPath("$.priority").value("URGENT"))
                .andExpect(jsonPath("$.assignments.length()").value(2))
                .andExpect(jsonPath("$.assignments[0].cityCode").value(LANZHOU))
                .andExpect(jsonPath("$.assignments[0].cityName").value("兰州市"))
                .andExpect(jsonPath("$.assignments[0].provinceName").value("甘肃省"))
                .andExpect(jsonPath("$.assignments[0].state").value("ASSIGNED"))
                .andReturn();
        long id = Long.parseLong(created.getResponse().getHeader("Location").replaceAll("\\D+", "").substring(1));

        mvc.perform(get("/api/v1/tasks/" + id).with(httpBasic(liaison, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignments.length()").value(1))
                .andExpect(jsonPath("$.assignments[0].cityCode").value(LANZHOU));
        api(liaison, id, LANZHOU, "{\"action\":\"accept\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"));
        api(liaison, id, LANZHOU, "{\"action\":\"accept\"}").andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("当前状态为“已接收”，不能执行“接收”。"));
        api(liaison, id, LANZHOU, "{\"action\":\"submit\",\"note\":\"结果\"}").andExpect(status().isUnprocessableContent());
        api(liaison, id, LANZHOU, "{\"action\":\"progress\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        api(liaison, id, LANZHOU, "{\"action\":\"progress\",\"note\":\"推进中\"}").andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        api(liaison, id, LANZHOU, "{\"action\":\"submit\",\"note\":\"已完成\"}").andExpect(jsonPath("$.state").value("SUBMITTED"));
        api(liaison, id, LANZHOU, "{\"action\":\"fly\"}").andExpect(status().isUnprocessableContent());
        api(liaison, id, JIAYUGUAN, "{\"action\":\"accept\"}").andExpect(status().isNotFound());
        api(staff, id, LANZHOU, "{\"action\":\"complete\"}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"));
        api(staff, id, JIAYUGUAN, "{\"action\":\"cancel\",\"note\":\"不再需要\"}").andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get("/api/v1/tasks/" + id).with(httpBasic(staff, Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.assignments[0].state").value("COMPLETED"))
                .andExpect(jsonPath("$.assignments[0].result").value("已完成"))
                .andExpect(jsonPath("$.assignments[1].state").value("CANCELLED"));
    }

    @Test
    void aProvinceTargetsItsMemberCitiesAndHandPickedCitiesAreAdded() throws Exception {
        fixtures.member("640100", "640200");
        String due = LocalDate.now(clock).plusDays(20).toString();
        mvc.perform(post("/api/v1/tasks").with(httpBasic(staff, Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"宁夏调研\",\"priority\":\"NORMAL\",\"dueDate\":\"" + due
                                + "\",\"provinceCodes\":[\"640000\"],\"cityCodes\":[\"640100\",\"" + LANZHOU + "\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignments[*].cityCode").value(contains("620100", "640100", "640200")));
    }

    private ResultActions transition(Cookie session, long id, String action, String note) throws Exception {
        var request = post("/admin/tasks/" + id + "/cities/" + LANZHOU + "/transitions").param("action", action)
                .cookie(session).with(csrf());
        if (note != null) {
            request.param("note", note);
        }
        return mvc.perform(request);
    }

    private ResultActions api(String user, long id, String city, String body) throws Exception {
        return mvc.perform(post("/api/v1/tasks/" + id + "/cities/" + city + "/transitions").with(httpBasic(user, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long mails() {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE topic = 'task-assigned'").query(Long.class).single();
    }
}
