package org.citybridge.directory.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.CitySummary;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkOperation.AddTag;
import org.citybridge.directory.bulk.BulkOperation.SetMembership;
import org.citybridge.directory.bulk.BulkOperation.Undo;
import org.citybridge.directory.domain.CityProfiles;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.citybridge.support.SignedIn.staff;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Preview, apply, audit, undo and its refusals, on Henan's cities (province 41, which no other test makes members):
 * each test its own cities, 410100–410900.
 */
@IntegrationTest
class CityBulkChangesTests {

    private static final LocalDate SINCE = LocalDate.of(2025, 3, 1);

    @Autowired
    CityBulkChanges bulk;
    @Autowired
    CityProfiles profiles;
    @Autowired
    CityDirectory directory;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    MockMvc mvc;

    @Test
    void previewListsEachCityFromAndToAndThoseThatStayWithoutChangingAnything() {
        membership("410100", Membership.MEMBER, LocalDate.of(2020, 1, 1));
        membership("410200", Membership.NONE, null);
        membership("410300", Membership.SUSPENDED, LocalDate.of(2018, 5, 1));

        BulkPlan plan = asAdmin(() -> bulk.preview(CitySelection.of(List.of("410100", "410200", "410300")),
                new SetMembership(Membership.MEMBER, SINCE)));

        assertThat(plan.changes()).extracting(CityLine::cityName, CityLine::from, CityLine::to).containsExactly(
                tuple("开封市", CityValue.membership(Membership.NONE, null), CityValue.membership(Membership.MEMBER, SINCE)),
                tuple("洛阳市", CityValue.membership(Membership.SUSPENDED, LocalDate.of(2018, 5, 1)),
                        CityValue.membership(Membership.MEMBER, LocalDate.of(2018, 5, 1))));
        assertThat(plan.unchanged()).extracting(CityLine::cityName, CityLine::to)
                .containsExactly(tuple("郑州市", CityValue.membership(Membership.MEMBER, LocalDate.of(2020, 1, 1))));
        assertThat(plan.conflicts()).isEmpty();
        assertThat(summary("410200").membership()).isEqualTo(Membership.NONE);
    }

    @Test
    void applyChangesEveryCityAtOnceAuditsEachWithTheBatchAndUndoRestoresThem() throws Exception {
        membership("410400", Membership.MEMBER, LocalDate.of(2019, 9, 9));
        membership("410500", Membership.NONE, null);
        CitySelection both = CitySelection.of(List.of("410400", "410500"));
        SetMembership suspend = new SetMembership(Membership.SUSPENDED, null);
        String fingerprint = asAdmin(() -> bulk.preview(both, suspend)).fingerprint();

        BatchView batch = asAdmin(() -> bulk.apply(both, suspend, fingerprint));

        assertThat(batch.cityCount()).isEqualTo(2);
        assertThat(summary("410400")).extracting(CitySummary::membership, CitySummary::memberSince)
                .containsExactly(Membership.SUSPENDED, LocalDate.of(2019, 9, 9));
        assertThat(summary("410500").membership()).isEqualTo(Membership.SUSPENDED);
        assertThat(jdbc.sql("SELECT entity_id FROM audit_log WHERE action = 'city.bulk' AND after ->> 'batch' = :batch ORDER BY entity_id")
                .param("batch", String.valueOf(batch.id())).query(String.class).list()).containsExactly("410400", "410500");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'city.batch' AND entity_id = :batch")
                .param("batch", String.valueOf(batch.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(asAdmin(() -> bulk.batches(0, 50)).items()).extracting(BatchView::id).contains(batch.id());
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        String cityAudit = auditPage(admin, "city", "410400");
        assertThat(cityAudit).contains("批量修改城市", "会员状态", "暂停", "批次", "<td>" + batch.id() + "</td>")
                .doesNotContain("city.bulk", ">batch<");
        assertThat(auditPage(admin, "city_batch", String.valueOf(batch.id())))
                .contains("城市批量操作", "城市批量操作批次 #" + batch.id(), "设置会员状态", "410400、410500")
                .doesNotContain("city.batch", ">SET_MEMBERSHIP<", ">cities<");

        BulkPlan undo = asAdmin(() -> bulk.preview(CitySelection.none(), new Undo(batch.id())));
        assertThat(undo.changes()).extracting(CityLine::cityCode, CityLine::to).containsExactly(
                tuple("410400", CityValue.membership(Membership.MEMBER, LocalDate.of(2019, 9, 9))),
                tuple("410500", CityValue.membership(Membership.NONE, null)));
        BatchView undone = asAdmin(() -> bulk.apply(CitySelection.none(), new Undo(batch.id()), undo.fingerprint()));

        assertThat(undone.action()).isEqualTo(BulkAction.UNDO);
        assertThat(undone.undoOf()).isEqualTo(batch.id());
        assertThat(summary("410400")).extracting(CitySummary::membership, CitySummary::memberSince)
                .containsExactly(Membership.MEMBER, LocalDate.of(2019, 9, 9));
        assertThat(summary("410500").membership()).isEqualTo(Membership.NONE);
        assertThat(asAdmin(() -> bulk.batch(batch.id())).batch().undoneBy()).isEqualTo(undone.id());
        assertThatThrownBy(() -> asAdmin(() -> bulk.preview(CitySelection.none(), new Undo(batch.id()))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("bulk.error.alreadyUndone"));
    }

    @Test
    void undoIsRefusedWholeListingTheCitiesChangedSinceByAnotherHand() {
        BatchView batch = asAdmin(() -> bulk.apply(CitySelection.of(List.of("410600", "410700")), new AddTag("豫北撤销"), null));
        asAdmin(() -> {
            profiles.changeMembership("410700", Membership.NONE, null, Set.of("另改"));
            return null;
        });

        BulkPlan undo = asAdmin(() -> bulk.preview(CitySelection.none(), new Undo(batch.id())));

        assertThat(undo.conflicts()).extracting(CityLine::cityName, CityLine::from, CityLine::to)
                .containsExactly(tuple("新乡市", CityValue.tagged(false), CityValue.tagged(true)));
        assertThat(undo.applicable()).isFalse();
        assertThatThrownBy(() -> asAdmin(() -> bulk.apply(CitySelection.none(), new Undo(batch.id()), null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(
                        messages.getMessage(v.messageKey(), v.args(), Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("以下城市在该批操作之后已被他人修改，不能撤销：新乡市。请先核对这些城市。"));
        assertThat(summary("410600").tags()).contains("豫北撤销");
        assertThat(asAdmin(() -> bulk.batch(batch.id())).batch().undoneBy()).isNull();
    }

    @Test
    void applyIsRefusedWhenTheRosterMovedAfterThePreview() {
        CitySelection city = CitySelection.of(List.of("410800"));
        AddTag tag = new AddTag("预览后变化");
        String fingerprint = asAdmin(() -> bulk.preview(city, tag)).fingerprint();
        asAdmin(() -> {
            profiles.changeMembership("410800", Membership.MEMBER, SINCE, Set.of("预览后变化"));
            return null;
        });

        assertThatThrownBy(() -> asAdmin(() -> bulk.apply(city, new SetMembership(Membership.NONE, null), fingerprint)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("bulk.error.outdated"));
        assertThatThrownBy(() -> asAdmin(() -> bulk.apply(city, tag, fingerprint)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("bulk.error.outdated"));
        assertThat(summary("410800").membership()).isEqualTo(Membership.MEMBER);
    }

    @Test
    void allMatchingTakesEveryCityOfTheFilterOnEveryPage() {
        asAdmin(() -> bulk.apply(CitySelection.of(List.of("410900", "410181", "410182")), new AddTag("豫筛选"), null));

        BulkPlan plan = asAdmin(() -> bulk.preview(CitySelection.allMatching(
                new CityFilter("410000", CityLevel.COUNTY, null, "豫筛选", null, false)), new AddTag("豫筛选二")));

        assertThat(plan.changes()).extracting(CityLine::cityCode).containsExactly("410181", "410182");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> asAdmin(() -> bulk.preview(CitySelection.of(List.of("410100")),
                new SetMembership(Membership.MEMBER, null))))
                .isInstanceOfSatisfying(RuleViolations.class, v -> assertThat(v.violations()).extracting(RuleViolation::field)
                        .containsExactly("memberSince"));
        assertThatThrownBy(() -> asAdmin(() -> bulk.apply(CitySelection.of(List.of("410100")), new AddTag("很".repeat(41)), null)))
                .isInstanceOfSatisfying(RuleViolations.class, v -> assertThat(v.violations()).extracting(RuleViolation::field)
                        .containsExactly("tag"));
        assertThatThrownBy(() -> asAdmin(() -> bulk.apply(CitySelection.of(List.of()), new AddTag("空"), null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("codes"));
        assertThatThrownBy(() -> asAdmin(() -> bulk.apply(CitySelection.of(List.of("410100", "999999")), new AddTag("未知"), null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.args()).containsExactly("999999"));
        assertThat(summary("410100").tags()).doesNotContain("未知");
    }

    @Test
    void theApiPreviewsWithADryRunAppliesAndAnswersBadInputAsProblemDetails() throws Exception {
        String body = "{\"cities\":[\"410900\"],\"action\":\"ADD_TAG\",\"tag\":\"接口标签\",\"dryRun\":%s}";

        mvc.perform(post("/api/v1/cities/bulk").with(staff()).contentType(MediaType.APPLICATION_JSON).content(body.formatted(true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[0].cityCode").value("410900"))
                .andExpect(jsonPath("$.changes[0].to.tagged").value(true))
                .andExpect(jsonPath("$.fingerprint").isString());
        assertThat(summary("410900").tags()).doesNotContain("接口标签");

        mvc.perform(post("/api/v1/cities/bulk").with(staff()).contentType(MediaType.APPLICATION_JSON).content(body.formatted(false)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/cities/bulk/")))
                .andExpect(jsonPath("$.changes[0].cityName").value("濮阳市"));
        assertThat(summary("410900").tags()).contains("接口标签");

        mvc.perform(post("/api/v1/cities/bulk").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cities\":[\"410900\"],\"action\":\"SET_MEMBERSHIP\",\"membership\":\"MEMBER\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("memberSince"))
                .andExpect(jsonPath("$.errors[0].message").value("设为会员时请填写入会日期。"));
    }

    private void membership(String code, Membership membership, LocalDate since) {
        asAdmin(() -> {
            profiles.changeMembership(code, membership, since, Set.of());
            return null;
        });
    }

    private CitySummary summary(String code) {
        return asAdmin(() -> directory.city(code)).summary();
    }

    private <T> T asAdmin(Supplier<T> work) {
        return fixtures.asAdmin(work);
    }

    private String auditPage(Cookie admin, String entityType, String entityId) throws Exception {
        return mvc.perform(get("/admin/audit").param("entityType", entityType).param("entityId", entityId).cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
