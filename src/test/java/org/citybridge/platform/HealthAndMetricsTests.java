package org.citybridge.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.accounts.domain.ApiTokens;
import org.citybridge.circulars.CircularsApi;
import org.citybridge.circulars.NewCircular;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.hits.BufferedArticleHits;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Probes for an orchestrator or load balancer, and the business figures on /actuator/prometheus. */
@IntegrationTest
class HealthAndMetricsTests {

    private static final RequestPostProcessor ADMIN = authentication(SignedIn.as(new Actor("admin", Role.ADMIN, null, null, null)));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularsApi circulars;
    @Autowired
    BufferedArticleHits hits;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    ApiTokens tokens;

    @Test
    void readinessIncludesTheDatabaseAndTheFileStorageNotTheSearchIndexAndLivenessNone() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.fileStorage.status").value("UP"))
                .andExpect(jsonPath("$.components.length()").value(3));
        mvc.perform(get("/actuator/health").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.searchIndex.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.livenessState.status").value("UP"))
                .andExpect(jsonPath("$.components.length()").value(1));
    }

    @Test
    void anonymousProbesSeeTheStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void theOutboxBacklogAndItsFailuresAreScraped() throws Exception {
        double pending = metric("citybridge_mail_outbox_pending");
        double failed = metric("citybridge_mail_outbox_failed");

        mail("PENDING", 3600);
        mail("PENDING", 60);
        mail("FAILED", 7200);

        assertThat(metric("citybridge_mail_outbox_pending")).isEqualTo(pending + 2);
        assertThat(metric("citybridge_mail_outbox_failed")).isEqualTo(failed + 1);
        assertThat(metric("citybridge_mail_outbox_oldest_pending_seconds")).isGreaterThanOrEqualTo(3600);
    }

    @Test
    void theRepliesOwedOnIssuedCircularsAreScraped() throws Exception {
        double open = metric("citybridge_circulars_receipts_due{state=\"open\"}");
        double overdue = metric("citybridge_circulars_receipts_due{state=\"overdue\"}");
        fixtures.member("530300", "530400");

        fixtures.asAdmin(() -> circulars.issue(new NewCircular("监测〔2026〕" + System.nanoTime() % 100000 + "号", "指标测试通知",
                "<p>请回复。</p>", new Targets(TargetMode.PICKED, List.of(), null, null, List.of("530300", "530400")),
                clock.instant().plus(3, ChronoUnit.DAYS), "/admin/events")));

        assertThat(metric("citybridge_circulars_receipts_due{state=\"open\"}")).isEqualTo(open + 2);
        assertThat(metric("citybridge_circulars_receipts_due{state=\"overdue\"}")).isEqualTo(overdue);
    }

    @Test
    void theViewsWrittenAndTheSearchLagAreScraped() throws Exception {
        long article = PortalTesting.publish(context, "指标测试文章", "<p>统计写入的浏览量</p>");
        hits.flush();
        double written = metric("citybridge_portal_hits_written_total");

        hits.record(article);
        hits.record(article);
        hits.record(article);
        assertThat(metric("citybridge_portal_hits_pending")).isGreaterThanOrEqualTo(3);
        hits.flush();

        assertThat(metric("citybridge_portal_hits_written_total")).isEqualTo(written + 3);
        assertThat(metric("citybridge_search_articles_unindexed")).isZero();
    }

    @Test
    void onlyAdministratorsScrapeMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(SignedIn.staff())).andExpect(status().isForbidden());
    }

    @Test
    void prometheusScrapesWithAnAdministratorsApiToken() throws Exception {
        String adminToken = tokens.create("admin", "prometheus");
        String staffToken = tokens.create(fixtures.account(Role.STAFF), "prometheus");

        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + adminToken)).andExpect(status().isOk())
                .andExpect(content().string(containsString("citybridge_mail_outbox_pending ")))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + staffToken)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer cbt_not-a-token")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").header("Authorization", "Bearer " + adminToken)).andExpect(status().is3xxRedirection());
    }

    private void mail(String status, long ageSeconds) {
        Timestamp created = Timestamp.from(clock.instant().minusSeconds(ageSeconds));
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body, topic, status, created_at, next_attempt_at)
                        VALUES ('metrics@example.org', '指标', '正文', 'metrics-test', :status, :created, :created)""")
                .param("status", status).param("created", created).update();
    }

    /** The value of one sample (name with its labels, as exposed) on /actuator/prometheus as an administrator sees it. */
    private double metric(String sample) throws Exception {
        String body = mvc.perform(get("/actuator/prometheus").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(body);
        assertThat(value.find()).as("%s on /actuator/prometheus", sample).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
