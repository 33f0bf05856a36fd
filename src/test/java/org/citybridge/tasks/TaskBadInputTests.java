package org.citybridge.tasks;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every refusal of the new-task form and API is clear, and nothing at all is saved when one happens. */
@IntegrationTest
class TaskBadInputTests {

    private static final String WUWEI = "620600";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private static String staff;
    private Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        if (staff == null) {
            staff = fixtures.account(Role.STAFF);
        }
        session = Sessions.login(mvc, staff, Fixtures.PASSWORD);
    }

    @Test
    void missingTitlePastDueDateAndNoCitiesAreShownTogetherOnTheForm() throws Exception {
        Counts before = counts();
        mvc.perform(multipart("/admin/tasks").param("title", " ").param("priority", "NORMAL")
                        .param("dueDate", LocalDate.now(clock).minusDays(1).toString()).cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "title", "validation.required"))
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "dueDate", "task.error.dueInPast"))
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "targetMode", "targets.error.citiesRequired"))
                .andExpect(content().string(containsString("办理期限不能早于今天")))
                .andExpect(content().string(containsString("请至少指定一个城市")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unknownCitiesAreNamedAndAProvinceWithoutMembersIsSaidSo() throws Exception {
        Counts before = counts();
        mvc.perform(multipart("/admin/tasks").param("title", "标题").param("priority", "NORMAL")
                        .param("dueDate", LocalDate.now(clock).toString()).param("targetMode", "PICKED")
                        .param("pickedCities", WUWEI + " 999999 不存在市").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "pickedCities", "targets.error.unknownCities"))
                .andExpect(content().string(containsString("999999、不存在市")))
                .andExpect(content().string(containsString(WUWEI)));
        mvc.perform(multipart("/admin/tasks").param("title", "标题").param("priority", "NORMAL")
                        .param("dueDate", LocalDate.now(clock).toString()).param("targetMode", "PROVINCES")
                        .param("provinces", "990000").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "targetMode", "targets.error.noCities"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aMalformedDateIsAFieldError() throws Exception {
        Counts before = counts();
        mvc.perform(multipart("/admin/tasks").param("title", "标题").param("priority", "NORMAL").param("dueDate", "明天")
                        .param("targetMode", "PICKED").param("pickedCities", WUWEI).cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("taskForm", "dueDate"))
                .andExpect(content().string(containsString("日期格式不正确")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileOfTheWrongTypeRefusesTheWholeTaskAndTheGoodFileIsHeldForTheNextTry() throws Exception {
        Counts before = counts();
        mvc.perform(multipart("/admin/tasks")
                        .file(new MockMultipartFile("attachments", "a.pdf", "application/pdf", TaskTesting.PDF))
                        .file(new MockMultipartFile("attachments", "说明.pdf", "application/pdf", "#!/bin/sh\necho not a pdf\n".getBytes()))
                        .param("title", "带附件的事项").param("priority", "URGENT").param("dueDate", LocalDate.now(clock).plusDays(3).toString())
                        .param("targetMode", "PICKED").param("pickedCities", WUWEI).cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("attachmentsError", containsString("说明.pdf")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("带附件的事项")))
                .andExpect(content().string(containsString("name=\"heldFiles\"")));
        assertThat(counts()).isEqualTo(new Counts(before.tasks(), before.assignments(), before.files() + 1, before.mails()));
    }

    @Test
    void theApiRefusesLikeTheForm() throws Exception {
        Counts before = counts();
        String today = LocalDate.now(clock).toString();
        api("{\"priority\":\"NORMAL\",\"dueDate\":\"" + today + "\",\"cityCodes\":[\"" + WUWEI + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        api("{\"title\":\"t\",\"priority\":\"NORMAL\",\"dueDate\":\"" + LocalDate.now(clock).minusDays(3) + "\",\"cityCodes\":[\"" + WUWEI + "\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        api("{\"title\":\"t\",\"priority\":\"NORMAL\",\"dueDate\":\"" + today + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cityCodes"));
        api("{\"title\":\"t\",\"priority\":\"NORMAL\",\"dueDate\":\"" + today + "\",\"cityCodes\":[\"123456\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("123456")));
        assertThat(counts()).isEqualTo(before);
    }

    private ResultActions api(String body) throws Exception {
        return mvc.perform(post("/api/v1/tasks").with(httpBasic(staff, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private record Counts(long tasks, long assignments, long files, long mails) {
    }

    private Counts counts() {
        return new Counts(count("task"), count("task_assignment"), count("stored_file"), count("mail_outbox"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
