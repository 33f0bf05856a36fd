package org.citybridge.directory.web;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.Coverage;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BatchView;
import org.citybridge.directory.bulk.BulkAction;
import org.citybridge.directory.bulk.BulkOperation;
import org.citybridge.directory.bulk.BulkPlan;
import org.citybridge.directory.bulk.CityBulkChanges;
import org.citybridge.directory.bulk.CityLine;
import org.citybridge.directory.bulk.CitySelection;
import org.citybridge.directory.bulk.CityValue;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.importing.MemberListImport;
import org.citybridge.directory.importing.PendingImports;
import org.citybridge.platform.WebConfiguration;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.citybridge.support.SignedIn;
import org.citybridge.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bulk form's own behaviour with the services mocked: field errors in the user's language back on the city list,
 * a malformed date that never reaches the service, the redirect to the batch after applying, and a plan that moved
 * since the preview shown again with its warning. {@code CityBulkChangesTests} runs the real services.
 */
@WebMvcTest(controllers = CityBulkController.class)
@Import(CityListPage.class)
@WebSlice
class CityBulkWebTests {

    private static final CityLine KAIFENG = new CityLine("410200", "开封市", "河南省",
            CityValue.membership(Membership.NONE, null), CityValue.membership(Membership.MEMBER, LocalDate.of(2025, 3, 1)));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CityBulkChanges bulk;
    @MockitoBean
    MemberListImport memberLists;
    @MockitoBean
    PendingImports pending;
    @MockitoBean
    RosterAccess access;
    @MockitoBean
    CityDirectory directory;

    @BeforeEach
    void emptyList() {
        given(directory.search(any(), any(Integer.class), any(Integer.class))).willReturn(new PageOf<>(List.of(), 0, 0, 50));
        given(directory.coverage()).willReturn(new Coverage(0, 0));
    }

    @Test
    void aMembershipWithoutDateIsShownOnItsFieldOnTheCityListInChineseAndInEnglish() throws Exception {
        given(bulk.preview(any(), any())).willThrow(new RuleViolations(List.of(
                new RuleViolation("memberSince", "bulk.error.memberSinceRequired"))));

        mvc.perform(post("/admin/cities/bulk/preview").with(SignedIn.staff()).with(csrf())
                        .param("codes", "410200").param("action", "SET_MEMBERSHIP").param("membership", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("设为会员时请填写入会日期。"), containsString("is-invalid"),
                        containsString("id=\"bulk-form\""))));
        mvc.perform(post("/admin/cities/bulk/preview").with(SignedIn.staff()).with(csrf())
                        .cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en"))
                        .param("codes", "410200").param("action", "SET_MEMBERSHIP").param("membership", "MEMBER"))
                .andExpect(content().string(containsString("Give the member-since date when making cities members.")));
    }

    @Test
    void aMalformedDateIsAFieldErrorAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/admin/cities/bulk/preview").with(SignedIn.staff()).with(csrf())
                        .param("codes", "410200").param("action", "SET_MEMBERSHIP").param("membership", "MEMBER")
                        .param("memberSince", "2025-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期格式不正确（YYYY-MM-DD）。")));
        verifyNoInteractions(bulk);
    }

    @Test
    void thePreviewShowsEachCityFromAndToAndCarriesItsFingerprint() throws Exception {
        given(bulk.preview(any(), any())).willReturn(new BulkPlan(BulkAction.SET_MEMBERSHIP, null, null, List.of(KAIFENG),
                List.of(), List.of(), "abc123"));

        mvc.perform(post("/admin/cities/bulk/preview").with(SignedIn.staff()).with(csrf())
                        .param("codes", "410200").param("action", "SET_MEMBERSHIP").param("membership", "MEMBER")
                        .param("memberSince", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("将变更 1 个城市，0 个城市不变。"), containsString("开封市"),
                        containsString("非会员"), containsString("会员（2025-03-01 入会）"), containsString("value=\"abc123\""),
                        containsString("确认执行（1 个城市）"))));
    }

    @Test
    void applyingRedirectsToTheBatch() throws Exception {
        given(bulk.apply(any(), any(), eq("abc123"))).willReturn(new BatchView(42, BulkAction.ADD_TAG, "豫", null, null,
                null, null, "staff1", Instant.EPOCH, 1));

        mvc.perform(post("/admin/cities/bulk/apply").with(SignedIn.staff()).with(csrf())
                        .param("codes", "410200").param("action", "ADD_TAG").param("tag", "豫").param("fingerprint", "abc123"))
                .andExpect(redirectedUrl("/admin/cities/batches/42"));
        verify(bulk).apply(CitySelection.of(List.of("410200")), new BulkOperation.AddTag("豫"), "abc123");
    }

    @Test
    void aPlanThatMovedSinceThePreviewIsShownAgainWithTheWarningAndNothingApplied() throws Exception {
        given(bulk.apply(any(), any(), any())).willThrow(new RuleViolation(null, "bulk.error.outdated"));
        given(bulk.preview(any(), any())).willReturn(new BulkPlan(BulkAction.ADD_TAG, "豫", null, List.of(),
                List.of(), List.of(), "new"));

        mvc.perform(post("/admin/cities/bulk/apply").with(SignedIn.staff()).with(csrf())
                        .param("codes", "410200").param("action", "ADD_TAG").param("tag", "豫").param("fingerprint", "old"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("预览之后名录已有变化"), containsString("所选城市都不会变化"))));
        verify(bulk, never()).batches(any(Integer.class), any(Integer.class));
    }
}
