package org.citybridge.tasks;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.files.Upload;
import org.citybridge.shared.Role;
import org.citybridge.support.AccessMatrix.Case;
import org.citybridge.support.AccessMatrix;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every tasks endpoint against every role. Haikou (460100, Hainan) is the liaison's own city and the coordinator's
 * province; Urumqi (650100, Xinjiang) is another city whose tasks, assignments and files the liaison and the Hainan
 * coordinator must never get, also not by id (404). "Shared" is a task given to both cities; "foreign" only to Urumqi.
 */
@IntegrationTest
class TasksAuthorizationTests {

    private static final String OWN = "460100";
    private static final String OTHER = "650100";
    /** The order of every case's expected statuses. */
    private static final List<String> ROLES = List.of("ADMIN", "STAFF", "EDITOR", "LIAISON", "PROVINCE", AccessMatrix.ANONYMOUS);
    private static final Map<String, String> USERS = new LinkedHashMap<>();
    private static long shared;
    private static long foreign;
    private static long working;
    private static String attachment;
    private static String evidence;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    TaskWork work;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void data() {
        if (!USERS.isEmpty()) {
            return;
        }
        TaskTesting tasks = new TaskTesting(fixtures, assigning, work, jdbc);
        long ownPerson = fixtures.person("海口联络员");
        long otherPerson = fixtures.person("乌鲁木齐联络员");
        fixtures.appoint(OWN, ownPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(OTHER, otherPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        LocalDate due = LocalDate.now(clock).plusDays(15);
        shared = tasks.assign("两市共同事项", due, OWN, OTHER);
        foreign = tasks.assign("乌鲁木齐专项", TaskPriority.HIGH, due, List.of(new Upload("专项方案.pdf", TaskTesting.PDF)), OTHER);
        working = tasks.assign("海口办理中", due, OWN);
        var other = TaskTesting.liaison(OTHER, otherPerson);
        tasks.act(other, shared, OTHER, TaskAction.ACCEPT, null);
        tasks.act(other, shared, OTHER, TaskAction.PROGRESS, "推进中");
        tasks.act(other, shared, OTHER, TaskAction.SUBMIT, "已完成", new Upload("佐证.png", TaskTesting.PNG));
        var own = TaskTesting.liaison(OWN, ownPerson);
        tasks.act(own, working, OWN, TaskAction.ACCEPT, null);
        tasks.act(own, working, OWN, TaskAction.PROGRESS, "开始办理");
        attachment = jdbc.sql("SELECT file_id::text FROM task_attachment WHERE task_id = :t").param("t", foreign).query(String.class).single();
        evidence = jdbc.sql("SELECT e.file_id::text FROM task_evidence e JOIN task_assignment a ON a.id = e.assignment_id WHERE a.task_id = :t")
                .param("t", shared).query(String.class).single();
        USERS.put("ADMIN", "admin");
        USERS.put("STAFF", fixtures.account(Role.STAFF));
        USERS.put("EDITOR", fixtures.account(Role.EDITOR));
        USERS.put("LIAISON", fixtures.account(Role.LIAISON, OWN, null, ownPerson));
        USERS.put("PROVINCE", fixtures.account(Role.PROVINCE, null, "460000", null));
    }

    private String newTaskJson() {
        return "{\"title\":\"授权测试\",\"priority\":\"NORMAL\",\"dueDate\":\"" + LocalDate.now(clock).plusDays(3)
                + "\",\"cityCodes\":[\"" + OWN + "\"]}";
    }

    private static String transition(String action, String note) {
        return "{\"action\":\"" + action + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    private List<Case<Void>> apiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("create task", () -> post("/api/v1/tasks").contentType(MediaType.APPLICATION_JSON).content(newTaskJson()),
                201, 201, 403, 403, 403, 401));
        cases.add(new Case<>("list of tasks", () -> get("/api/v1/tasks"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("shared task", () -> get("/api/v1/tasks/" + shared), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("foreign task by id", () -> get("/api/v1/tasks/" + foreign), 200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("unknown task", () -> get("/api/v1/tasks/999999999"), 404, 404, 403, 404, 404, 401));
        cases.add(new Case<>("progress note in own city", () -> post("/api/v1/tasks/" + working + "/cities/" + OWN + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).content(transition("progress", "API 进展")), 403, 403, 403, 200, 403, 401));
        cases.add(new Case<>("accept in other city by id", () -> post("/api/v1/tasks/" + shared + "/cities/" + OTHER + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).content(transition("accept", null)), 403, 403, 403, 404, 404, 401));
        cases.add(new Case<>("complete in other city by id", () -> post("/api/v1/tasks/" + foreign + "/cities/" + OTHER + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).content(transition("complete", null)), 422, 422, 403, 404, 404, 401));
        cases.add(new Case<>("return an own assignment in progress", () -> post("/api/v1/tasks/" + working + "/cities/" + OWN + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).content(transition("return", "x")), 422, 422, 403, 403, 403, 401));
        return cases;
    }

    private List<Case<Void>> webCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("board or own list", () -> get("/admin/tasks"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("board export", () -> get("/admin/tasks/export"), 200, 200, 403, 403, 200, 302));
        cases.add(new Case<>("new task form", () -> get("/admin/tasks/new"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("create task", () -> multipart("/admin/tasks").param("title", "网页授权测试").param("priority", "NORMAL")
                .param("dueDate", LocalDate.now(clock).plusDays(3).toString()).param("targetMode", "PICKED").param("pickedCities", OWN).with(csrf()),
                302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("shared task page", () -> get("/admin/tasks/" + shared), 200, 200, 403, 302, 200, 302));
        cases.add(new Case<>("foreign task page by id", () -> get("/admin/tasks/" + foreign), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("own assignment page", () -> get("/admin/tasks/" + shared + "/cities/" + OWN), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("other assignment page by id", () -> get("/admin/tasks/" + shared + "/cities/" + OTHER),
                200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("own city history", () -> get("/admin/tasks/cities/" + OWN), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("other city history", () -> get("/admin/tasks/cities/" + OTHER), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("foreign attachment by id", () -> get("/admin/tasks/" + foreign + "/files/" + attachment),
                200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("other city's evidence by id", () -> get("/admin/tasks/" + shared + "/files/" + evidence),
                200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("other city's evidence under another task", () -> get("/admin/tasks/" + working + "/files/" + evidence),
                404, 404, 403, 404, 404, 302));
        cases.add(new Case<>("progress note in own city", () -> post("/admin/tasks/" + working + "/cities/" + OWN + "/transitions")
                .param("action", "progress").param("note", "网页进展").with(csrf()), 403, 403, 403, 302, 403, 302));
        cases.add(new Case<>("accept in other city by id", () -> post("/admin/tasks/" + shared + "/cities/" + OTHER + "/transitions")
                .param("action", "accept").with(csrf()), 403, 403, 403, 404, 404, 302));
        cases.add(new Case<>("return an own assignment in progress", () -> post("/admin/tasks/" + working + "/cities/" + OWN + "/transitions")
                .param("action", "return").param("note", "x").with(csrf()), 200, 200, 403, 403, 403, 302));
        return cases;
    }

    private AccessMatrix<Void> matrix() {
        return new AccessMatrix<Void>(mvc, ROLES, USERS).withPassword("ADMIN", Fixtures.ADMIN_PASSWORD)
                .neverShowingTo("LIAISON", "乌鲁木齐", OTHER, "专项方案", "佐证.png")
                .neverShowingTo("PROVINCE", "乌鲁木齐", OTHER, "专项方案", "佐证.png");
    }

    @TestFactory
    Stream<DynamicTest> apiMatrix() {
        return matrix().api(apiCases());
    }

    @TestFactory
    Stream<DynamicTest> webMatrix() {
        return matrix().web(webCases());
    }

    @Test
    void aLiaisonAndACoordinatorReadOnlyTheirOwnCitiesOfASharedTask() throws Exception {
        for (String role : List.of("LIAISON", "PROVINCE")) {
            String body = mvc.perform(get("/api/v1/tasks/" + shared).with(httpBasic(USERS.get(role), Fixtures.PASSWORD)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(role).contains(OWN).doesNotContain(OTHER).doesNotContain("乌鲁木齐").doesNotContain("已完成");
        }
        String page = mvc.perform(get("/admin/tasks").cookie(matrix().session("LIAISON"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("两市共同事项", "海口办理中").doesNotContain("乌鲁木齐专项");
        byte[] export = mvc.perform(get("/admin/tasks/export").cookie(matrix().session("PROVINCE"))).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo("海南省");
            }
        }
    }

    @Test
    void formPostsWithoutCsrfTokenAreRefused() throws Exception {
        int status = mvc.perform(post("/admin/tasks/" + working + "/cities/" + OWN + "/transitions").param("action", "progress")
                .param("note", "无令牌").cookie(matrix().session("LIAISON"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }
}
