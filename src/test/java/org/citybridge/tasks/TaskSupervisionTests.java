package org.citybridge.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.Membership;
import org.citybridge.directory.domain.CityProfiles;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat chooses a task's cities with the circulars' picker (by province, by tag, by name), confirms before
 * cancelling, reminds a city (催办) at most once an hour and moves the due date with a reason the cities are told.
 */
@IntegrationTest
class TaskSupervisionTests {

    private static final String XINING = "630100";
    private static final String HAIDONG = "630200";
    private static final String URUMQI = "650100";
    private static final String KARAMAY = "650200";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CityProfiles profiles;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    TaskWork work;

    private static String staff;
    private static String coordinator;
    private static String xiningEmail;
    private Cookie session;
    private TaskTesting tasks;

    @BeforeEach
    void signIn() throws Exception {
        tasks = new TaskTesting(fixtures, assigning, work, jdbc);
        if (staff == null) {
            staff = fixtures.account(Role.STAFF);
            coordinator = fixtures.account(Role.PROVINCE, null, "630000", null);
            long person = fixtures.person("西宁联络员");
            fixtures.appoint(XINING, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
            xiningEmail = jdbc.sql("SELECT email FROM person WHERE id = :id").param("id", person).query(String.class).single();
        }
        session = Sessions.login(mvc, staff, Fixtures.PASSWORD);
    }

    @Test
    void aTaskGoesToAProvincesMemberCities() throws Exception {
        fixtures.member(XINING, HAIDONG);
        List<String> members = jdbc.sql("SELECT code FROM city WHERE province_code = '630000' AND membership = 'MEMBER' ORDER BY code")
                .query(String.class).list();
        long id = create("按省交办", "targetMode", "PROVINCES", "provinces", "630000");
        assertThat(cities(id)).containsExactlyElementsOf(members).contains(XINING, HAIDONG);
    }

    @Test
    void aTaskGoesToTheMemberCitiesOfATag() throws Exception {
        String tag = "试点" + System.nanoTime();
        fixtures.asAdmin(() -> {
            profiles.changeMembership(URUMQI, Membership.MEMBER, LocalDate.of(2020, 1, 1), Set.of(tag));
            profiles.changeMembership(KARAMAY, Membership.MEMBER, LocalDate.of(2020, 1, 1), Set.of(tag));
            return null;
        });
        mvc.perform(get("/admin/tasks/reach").param("targetMode", "TAG").param("tag", tag).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("将交办至 2 个城市")));
        long id = create("按标签交办", "targetMode", "TAG", "tag", tag);
        assertThat(cities(id)).containsExactly(URUMQI, KARAMAY);
    }

    @Test
    void aTaskGoesToCitiesPickedByNameOrCode() throws Exception {
        mvc.perform(get("/admin/tasks/new").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mode-TAG\"")))
                .andExpect(content().string(not(containsString("Ctrl"))));
        long id = create("按名称交办", "targetMode", "PICKED", "pickedCities", "西宁、海东市 " + URUMQI);
        assertThat(cities(id)).containsExactly(XINING, HAIDONG, URUMQI);
    }

    @Test
    void cancellingWithoutConfirmationDoesNothing() throws Exception {
        long id = tasks.assign("待撤销的事项", LocalDate.now(clock).plusDays(5), XINING);
        String page = mvc.perform(get("/admin/tasks/" + id + "/cities/" + XINING).cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<dialog", "id=\"confirm-cancel\"", "data-confirm=\"confirm-cancel\"", "撤销后，西宁市不能再接收");

        mvc.perform(post("/admin/tasks/" + id + "/cities/" + XINING + "/transitions").param("action", "cancel")
                        .param("note", "重复交办").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-cancel-step\"")))
                .andExpect(content().string(containsString("value=\"重复交办\"")));
        assertThat(tasks.state(id, XINING)).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(tasks.history(id, XINING)).containsExactly("ASSIGN");

        mvc.perform(post("/admin/tasks/" + id + "/cities/" + XINING + "/transitions").param("action", "cancel")
                        .param("note", "重复交办").param("confirmed", "true").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.state(id, XINING)).isEqualTo(AssignmentState.CANCELLED);
    }

    @Test
    void aReminderIsMailedLoggedAndNotRepeatedWithinTheHour() throws Exception {
        long id = tasks.assign("需催办的事项", LocalDate.now(clock).plusDays(5), XINING);
        long before = mails("task-reminded");
        mvc.perform(post("/admin/tasks/" + id + "/cities/" + XINING + "/remind").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/tasks/" + id + "/cities/" + XINING));
        assertThat(mails("task-reminded") - before).isEqualTo(1);
        assertThat(jdbc.sql("SELECT recipient FROM mail_outbox WHERE topic = 'task-reminded' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo(xiningEmail);
        assertThat(tasks.history(id, XINING)).containsExactly("ASSIGN", "REMIND");
        assertThat(tasks.state(id, XINING)).isEqualTo(AssignmentState.ASSIGNED);

        mvc.perform(post("/admin/tasks/" + id + "/cities/" + XINING + "/remind").cookie(session).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("后才能再次催办")));
        assertThat(mails("task-reminded") - before).isEqualTo(1);
        assertThat(tasks.history(id, XINING)).containsExactly("ASSIGN", "REMIND");

        jdbc.sql("UPDATE task_transition SET at = at - interval '61 minutes' WHERE action = 'REMIND' AND assignment_id = "
                + "(SELECT id FROM task_assignment WHERE task_id = :t)").param("t", id).update();
        mvc.perform(post("/admin/tasks/" + id + "/cities/" + XINING + "/remind").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.history(id, XINING)).containsExactly("ASSIGN", "REMIND", "REMIND");
    }

    @Test
    void theDueDateMovesWithAReasonShownToTheOpenCities() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(5);
        LocalDate later = due.plusDays(10);
        long id = tasks.assign("需延期的事项", due, XINING, HAIDONG);
        tasks.act(TaskTesting.staff(), id, HAIDONG, TaskAction.CANCEL, null);
        long before = mails("task-rescheduled");

        mvc.perform(post("/admin/tasks/" + id + "/due-date").param("dueDate", later.toString()).param("reason", " ")
                        .cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "reason", "task.error.reasonRequired"));
        assertThat(dueDate(id)).isEqualTo(due);

        mvc.perform(post("/admin/tasks/" + id + "/due-date").param("dueDate", later.toString())
                        .param("reason", "城市申请延期").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/tasks/" + id));
        assertThat(dueDate(id)).isEqualTo(later);
        assertThat(tasks.history(id, XINING)).containsExactly("ASSIGN", "RESCHEDULE");
        assertThat(tasks.history(id, HAIDONG)).containsExactly("ASSIGN", "CANCEL");
        assertThat(mails("task-rescheduled") - before).isEqualTo(1);
        assertThat(jdbc.sql("SELECT body FROM mail_outbox WHERE topic = 'task-rescheduled' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).contains(due.toString(), later.toString(), "城市申请延期");

        Cookie liaisonView = session;
        mvc.perform(get("/admin/tasks/" + id + "/cities/" + XINING).cookie(liaisonView))
                .andExpect(content().string(containsString(due + " → " + later + "：城市申请延期")));
    }

    @Test
    void onlyTheSecretariatRemindsOrMovesTheDueDate() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(5);
        long id = tasks.assign("只有秘书处可催办", due, XINING);
        String liaison = fixtures.account(Role.LIAISON, XINING, null,
                jdbc.sql("SELECT person_id FROM liaison_appointment WHERE city_code = :c AND end_date IS NULL LIMIT 1")
                        .param("c", XINING).query(Long.class).single());
        for (String user : List.of(liaison, coordinator)) {
            Cookie other = Sessions.login(mvc, user, Fixtures.PASSWORD);
            mvc.perform(post("/admin/tasks/" + id + "/cities/" + XINING + "/remind").cookie(other).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/tasks/" + id + "/due-date").param("dueDate", due.plusDays(3).toString())
                    .param("reason", "想延期").cookie(other).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(tasks.history(id, XINING)).containsExactly("ASSIGN");
        assertThat(dueDate(id)).isEqualTo(due);
    }

    @Test
    void aCoordinatorsProvinceFilterOffersOnlyTheirProvince() throws Exception {
        Cookie own = Sessions.login(mvc, coordinator, Fixtures.PASSWORD);
        String board = mvc.perform(get("/admin/tasks").cookie(own)).andReturn().getResponse().getContentAsString();
        String select = board.substring(board.indexOf("<select class=\"form-select\" id=\"province\""));
        select = select.substring(0, select.indexOf("</select>"));
        assertThat(select).contains("value=\"630000\"").doesNotContain("value=\"510000\"");
        String staffBoard = mvc.perform(get("/admin/tasks").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(staffBoard).contains("value=\"510000\"");
    }

    @Test
    void englishCountsAreSingularOrPlural() throws Exception {
        long one = tasks.assign("一个城市的事项", LocalDate.now(clock).plusDays(5), XINING);
        long two = tasks.assign("两个城市的事项", LocalDate.now(clock).plusDays(5), XINING, HAIDONG);
        mvc.perform(get("/admin/tasks/" + one).param("lang", "en").cookie(session))
                .andExpect(content().string(containsString("Assigned to 1 city<")));
        mvc.perform(get("/admin/tasks/" + two).param("lang", "en").cookie(session))
                .andExpect(content().string(containsString("Assigned to 2 cities<")));
    }

    private long create(String title, String... params) throws Exception {
        var request = multipart("/admin/tasks").param("title", title).param("priority", "NORMAL")
                .param("dueDate", LocalDate.now(clock).plusDays(7).toString()).cookie(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
    }

    private List<String> cities(long taskId) {
        return jdbc.sql("SELECT city_code FROM task_assignment WHERE task_id = :t ORDER BY city_code")
                .param("t", taskId).query(String.class).list();
    }

    private LocalDate dueDate(long taskId) {
        return jdbc.sql("SELECT due_date FROM task WHERE id = :t").param("t", taskId).query(LocalDate.class).single();
    }

    private long mails(String topic) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE topic = :t").param("t", topic).query(Long.class).single();
    }
}
