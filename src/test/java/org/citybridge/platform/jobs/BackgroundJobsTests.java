package org.citybridge.platform.jobs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.servlet.http.Cookie;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.JobPages;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Long work runs in the background: its page shows how far it got, and its owner alone sees it and gets its file. */
@IntegrationTest
class BackgroundJobsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BackgroundJobs jobs;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theOwnerWatchesTheProgressLeavesAndComesBackForTheFileWhichNobodyElseGets() throws Exception {
        String owner = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, owner, Fixtures.PASSWORD);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        UUID id = Fixtures.as(staff(owner), () -> jobs.start("导出跟踪表", progress -> {
            progress.total(10);
            for (int i = 0; i < 4; i++) {
                progress.advance();
                Thread.sleep(300);
            }
            halfway.countDown();
            assertThat(goOn.await(30, TimeUnit.SECONDS)).isTrue();
            return JobOutcome.file("跟踪表.csv", "text/csv", "城市,状态\n成都市,已读\n".getBytes(StandardCharsets.UTF_8));
        }));
        assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();
        String running = page(id, session);
        assertThat(running).contains("导出跟踪表").contains("正在处理：4 / 10（40%）").contains("hx-trigger=\"every 1s\"")
                .contains("可以离开此页");
        String fragment = mvc.perform(get("/admin/jobs/" + id).header("HX-Request", "true").cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"job-progress\"").doesNotContain("<html");

        Cookie other = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        mvc.perform(get("/admin/jobs/" + id).cookie(other)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/admin/jobs").cookie(other)).andReturn().getResponse().getContentAsString())
                .doesNotContain("导出跟踪表");

        goOn.countDown();
        waitFor(id, session, "id=\"job-download\"");
        String done = page(id, session);
        assertThat(done).contains("已完成。").doesNotContain("hx-trigger");
        assertThat(mvc.perform(get("/admin/jobs").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("导出跟踪表").contains("已完成");
        byte[] file = mvc.perform(get("/admin/jobs/" + id + "/download").cookie(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("成都市,已读");
        mvc.perform(get("/admin/jobs/" + id + "/download").cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/jobs/" + UUID.randomUUID()).cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedJobSaysWhyInTheUsersLanguage() throws Exception {
        String owner = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, owner, Fixtures.PASSWORD);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        UUID id;
        try {
            id = Fixtures.as(staff(owner), () -> jobs.start("生成证书", progress -> {
                throw new RuleViolation(null, "job.notFound");
            }));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        waitFor(id, session, "未能完成");
        assertThat(page(id, session)).contains("未能完成：没有找到这项后台任务。").doesNotContain("job-download");
    }

    @Test
    void aJobSaysWhatItIsDoingAndLinksToItsOwnPageFromTheStart() throws Exception {
        String owner = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, owner, Fixtures.PASSWORD);
        CountDownLatch said = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        UUID id = Fixtures.as(staff(owner), () -> jobs.start("核对名单", job -> "/admin/somewhere/" + job, job -> progress -> {
            progress.total(10);
            progress.phase("正在核对第 3 / 12 行");
            progress.done(3);
            said.countDown();
            assertThat(goOn.await(30, TimeUnit.SECONDS)).isTrue();
            return JobOutcome.message("核对完毕", null);
        }));
        assertThat(said.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(page(id, session)).contains("正在核对第 3 / 12 行（30%）").doesNotContain("正在处理")
                .contains("href=\"/admin/somewhere/" + id + "\"");
        goOn.countDown();
        assertThat(waitFor(id, session, "核对完毕")).contains("href=\"/admin/somewhere/" + id + "\"");
    }

    @Test
    void aJobStartedInATransactionThatRollsBackNeverRuns() throws Exception {
        String owner = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, owner, Fixtures.PASSWORD);
        AtomicBoolean ran = new AtomicBoolean();
        UUID id = Fixtures.as(staff(owner), () -> new TransactionTemplate(transactions).execute(status -> {
            UUID started = jobs.start("回滚的任务", progress -> {
                ran.set(true);
                return JobOutcome.message("ran", null);
            });
            status.setRollbackOnly();
            return started;
        }));
        UUID after = Fixtures.as(staff(owner), () -> jobs.start("之后的任务", progress -> JobOutcome.message("之后完成", null)));
        waitFor(after, session, "之后完成");
        assertThat(ran).isFalse();
        assertThat(Fixtures.as(staff(owner), () -> jobs.find(id))).isEmpty();
    }

    @Test
    void rebuildingTheSearchIndexIsAJobThatCountsTheArticles() throws Exception {
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        String location = mvc.perform(post("/admin/portal/search/rebuild").with(csrf()).cookie(admin))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        waitFor(id, admin, "搜索索引已重建");
        assertThat(page(id, admin)).contains("重建搜索索引").contains("aria-valuenow=\"100\"");
    }

    private String waitFor(UUID id, Cookie session, String text) throws Exception {
        return JobPages.waitFor(mvc, session, "/admin/jobs/" + id, text);
    }

    private String page(UUID id, Cookie session) throws Exception {
        return JobPages.page(mvc, session, "/admin/jobs/" + id);
    }

    private static Actor staff(String username) {
        return new Actor(username, Role.STAFF, null, null, null);
    }
}
