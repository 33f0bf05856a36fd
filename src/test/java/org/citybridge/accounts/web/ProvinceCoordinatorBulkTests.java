package org.citybridge.accounts.web;

import jakarta.servlet.http.Cookie;
import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.Scope;
import org.citybridge.platform.WebConfiguration;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Province coordinators assigned in one action, end to end on the real services: the provinces of the cities picked
 * on the city list, the preview, the apply (one batch, audited), undo and its refusals, bad input in both languages
 * with nothing saved, and administrators only. Works on Guizhou (520000) and Yunnan (530000), which no other test
 * gives coordinators; every test makes accounts of its own.
 */
@IntegrationTest
class ProvinceCoordinatorBulkTests {

    private static final String GUIZHOU = "520000";
    private static final String YUNNAN = "530000";
    private static final String BASE = "/admin/users/coordinators";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCitiesPickedOnTheCityListLeadToTheirProvincesWithTheirCoordinatorsNow() throws Exception {
        String yunnan = fixtures.account(Role.PROVINCE, null, YUNNAN, null);

        mvc.perform(post(BASE + "/cities").with(admin()).with(csrf())
                        .param("codes", "520100", "530100", "520200").param("action", "ADD_TAG").param("memberSince", "bad"))
                .andExpect(redirectedUrl(BASE + "?province=520000&province=530000"));
        mvc.perform(get(BASE).param("province", GUIZHOU, YUNNAN).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"province-520000\""), containsString("id=\"province-530000\""),
                        not(containsString("id=\"province-410000\"")), containsString("（" + yunnan + "）"),
                        containsString("列出所选城市所在的省份。"))));
    }

    @Test
    void allMatchingCitiesOfTheListsFilterLeadToTheirProvinces() throws Exception {
        mvc.perform(post(BASE + "/cities").with(admin()).with(csrf()).param("allMatching", "true").param("inProvince", YUNNAN))
                .andExpect(redirectedUrl(BASE + "?province=530000"));
    }

    @Test
    void fromTheAccountsPageEveryProvinceIsListedAndUnknownCodesAreNamed() throws Exception {
        mvc.perform(get("/admin/users").with(admin()))
                .andExpect(content().string(containsString("href=\"/admin/users/coordinators\"")));
        mvc.perform(get(BASE).with(admin()))
                .andExpect(content().string(allOf(containsString("id=\"province-110000\""), containsString("id=\"province-650000\""))));
        mvc.perform(get(BASE).param("province", GUIZHOU, "999999").with(admin()))
                .andExpect(content().string(allOf(containsString("没有这些省份代码：999999"), containsString("id=\"province-520000\""))));
    }

    @Test
    void thePreviewShowsEachAccountsProvinceBeforeAndAfterAndChangesNothing() throws Exception {
        long moved = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        long stays = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));

        mvc.perform(post(BASE + "/preview").with(admin()).with(csrf())
                        .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", String.valueOf(moved))
                        .param("choices[1].provinceCode", YUNNAN).param("choices[1].accountId", String.valueOf(stays)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("将变更 1 个账号，1 个账号不变。"),
                        containsString("id=\"change-" + moved + "\""), containsString("id=\"unchanged-" + stays + "\""),
                        containsString("确认执行（1 个账号）"), containsString("name=\"fingerprint\""))));
        assertThat(province(moved)).isEqualTo(YUNNAN);
    }

    @Test
    void applyingChangesEveryAccountAsOneAuditedBatchWhichUndoRestores() throws Exception {
        long first = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        long second = id(fixtures.account(Role.PROVINCE, null, GUIZHOU, null));
        String fingerprint = fingerprintOf(post(BASE + "/preview")
                .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", String.valueOf(first))
                .param("choices[1].provinceCode", YUNNAN).param("choices[1].accountId", String.valueOf(second)));

        MvcResult applied = mvc.perform(post(BASE + "/apply").with(admin()).with(csrf())
                        .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", String.valueOf(first))
                        .param("choices[1].provinceCode", YUNNAN).param("choices[1].accountId", String.valueOf(second))
                        .param("fingerprint", fingerprint))
                .andExpect(redirectedUrlPattern(BASE + "/batches/*")).andReturn();
        long batch = Long.parseLong(applied.getResponse().getRedirectedUrl().substring((BASE + "/batches/").length()));

        assertThat(province(first)).isEqualTo(GUIZHOU);
        assertThat(province(second)).isEqualTo(YUNNAN);
        assertThat(audits("account.coordinatorBatch", String.valueOf(first))).isEqualTo(1);
        assertThat(audits("coordinator.batch", String.valueOf(batch))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT after ->> 'batch' FROM audit_log WHERE action = 'account.coordinatorBatch' AND entity_id = :id")
                .param("id", String.valueOf(second)).query(String.class).single()).isEqualTo(String.valueOf(batch));
        mvc.perform(get(BASE + "/batches").with(admin()))
                .andExpect(content().string(containsString("id=\"coordinator-batch-" + batch + "\"")));
        mvc.perform(get(BASE + "/batches/" + batch).with(admin()))
                .andExpect(content().string(allOf(containsString("id=\"change-" + first + "\""), containsString("撤销此批指派"))));

        String undoFingerprint = fingerprintOf(get(BASE + "/batches/" + batch + "/undo"));
        mvc.perform(post(BASE + "/batches/" + batch + "/undo").with(admin()).with(csrf()).param("fingerprint", undoFingerprint))
                .andExpect(redirectedUrlPattern(BASE + "/batches/*"));

        assertThat(province(first)).isEqualTo(YUNNAN);
        assertThat(province(second)).isEqualTo(GUIZHOU);
        assertThat(jdbc.sql("SELECT undone_by IS NOT NULL FROM coordinator_batch WHERE id = :id").param("id", batch)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get(BASE + "/batches/" + batch + "/undo").with(admin()))
                .andExpect(content().string(containsString("联络人指派 #" + batch + " 已由")));
    }

    @Test
    void anUndoIsRefusedWhenAnAccountChangedSinceAndNothingIsRestored() throws Exception {
        long changed = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        long other = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        long batch = apply(GUIZHOU, changed, YUNNAN, other);
        fixtures.asAdmin(() -> {
            administration.changeScope(changed, null, new Scope(Role.PROVINCE, null, "510000", null));
            return null;
        });

        String fingerprint = fingerprintOf(get(BASE + "/batches/" + batch + "/undo"));
        mvc.perform(get(BASE + "/batches/" + batch + "/undo").with(admin()))
                .andExpect(content().string(allOf(containsString("id=\"conflict-" + changed + "\""), not(containsString("id=\"coordinators-apply\"")))));
        mvc.perform(post(BASE + "/batches/" + batch + "/undo").with(admin()).with(csrf()).param("fingerprint", fingerprint))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("以下账号在该批指派之后已被修改，不能撤销")));

        assertThat(province(changed)).isEqualTo("510000");
        assertThat(jdbc.sql("SELECT undone_by FROM coordinator_batch WHERE id = :id").param("id", batch)
                .query(Long.class).optional()).isEmpty();
    }

    @Test
    void aPreviewThatWentStaleIsShownAgainWithItsWarningAndNothingApplied() throws Exception {
        long account = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        String fingerprint = fingerprintOf(post(BASE + "/preview")
                .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", String.valueOf(account)));
        fixtures.asAdmin(() -> {
            administration.changeScope(account, null, new Scope(Role.PROVINCE, null, "510000", null));
            return null;
        });
        long batches = batchCount();

        mvc.perform(post(BASE + "/apply").with(admin()).with(csrf())
                        .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", String.valueOf(account))
                        .param("fingerprint", fingerprint))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("预览之后账号已有变化，未执行任何变更"), containsString("四川省"))));

        assertThat(province(account)).isEqualTo("510000");
        assertThat(batchCount()).isEqualTo(batches);
    }

    @Test
    void oneAccountForTwoProvincesIsAFieldErrorInChineseAndInEnglishAndNothingIsSaved() throws Exception {
        long account = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        long batches = batchCount();

        mvc.perform(twice(account))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("一个账号只能联络一个省份"), containsString("is-invalid"),
                        containsString("id=\"coordinators-form\""))));
        mvc.perform(twice(account).cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en")))
                .andExpect(content().string(containsString("an account coordinates one province only")));
        mvc.perform(post(BASE + "/apply").with(admin()).with(csrf())
                        .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", String.valueOf(account))
                        .param("choices[1].provinceCode", YUNNAN).param("choices[1].accountId", String.valueOf(account)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一个账号只能联络一个省份")));

        assertThat(province(account)).isEqualTo(YUNNAN);
        assertThat(batchCount()).isEqualTo(batches);
    }

    @Test
    void badChoicesAreEachNamedOnTheirRowAndNothingIsSaved() throws Exception {
        long staff = id(fixtures.account(Role.STAFF));
        long disabled = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        fixtures.asAdmin(() -> {
            administration.disable(disabled);
            return null;
        });
        long batches = batchCount();

        mvc.perform(post(BASE + "/apply").with(admin()).with(csrf())
                        .param("choices[0].provinceCode", "999999").param("choices[0].accountId", "")
                        .param("choices[1].provinceCode", GUIZHOU).param("choices[1].accountId", String.valueOf(staff))
                        .param("choices[2].provinceCode", YUNNAN).param("choices[2].accountId", "987654321")
                        .param("choices[3].provinceCode", "510000").param("choices[3].accountId", String.valueOf(disabled)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("没有省份代码“999999”。"),
                        containsString("不是省级协会联络人账号"), containsString("没有编号为 987654321 的账号。"),
                        containsString("已停用，不能指派"))));
        mvc.perform(post(BASE + "/preview").with(admin()).with(csrf())
                        .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("账号编号无法识别。")));
        mvc.perform(post(BASE + "/preview").with(admin()).with(csrf()).cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en"))
                        .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a coordinator account for at least one province.")));
        mvc.perform(get(BASE).param("province", GUIZHOU).with(admin()))
                .andExpect(content().string(not(containsString("value=\"" + disabled + "\""))));

        assertThat(province(disabled)).isEqualTo(YUNNAN);
        assertThat(batchCount()).isEqualTo(batches);
    }

    @Test
    void staffAndLiaisonsAreRefused() throws Exception {
        long account = id(fixtures.account(Role.PROVINCE, null, YUNNAN, null));
        for (RequestPostProcessor who : new RequestPostProcessor[]{SignedIn.staff(),
                authentication(SignedIn.as(new Actor("liaison-gz", Role.LIAISON, "520100", null, null)))}) {
            mvc.perform(get(BASE).with(who)).andExpect(status().isForbidden());
            mvc.perform(post(BASE + "/cities").param("codes", "520100").with(who).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(BASE + "/preview").with(who).with(csrf()).param("choices[0].provinceCode", GUIZHOU)
                    .param("choices[0].accountId", String.valueOf(account))).andExpect(status().isForbidden());
            mvc.perform(post(BASE + "/apply").with(who).with(csrf()).param("choices[0].provinceCode", GUIZHOU)
                    .param("choices[0].accountId", String.valueOf(account))).andExpect(status().isForbidden());
            mvc.perform(get(BASE + "/batches").with(who)).andExpect(status().isForbidden());
        }
        assertThat(province(account)).isEqualTo(YUNNAN);
    }

    private MockHttpServletRequestBuilder twice(long account) {
        return post(BASE + "/preview").with(admin()).with(csrf())
                .param("choices[0].provinceCode", GUIZHOU).param("choices[0].accountId", String.valueOf(account))
                .param("choices[1].provinceCode", YUNNAN).param("choices[1].accountId", String.valueOf(account));
    }

    /** Applies a batch of two accounts without a preview, answering its id. */
    private long apply(String firstProvince, long first, String secondProvince, long second) throws Exception {
        String url = mvc.perform(post(BASE + "/apply").with(admin()).with(csrf())
                        .param("choices[0].provinceCode", firstProvince).param("choices[0].accountId", String.valueOf(first))
                        .param("choices[1].provinceCode", secondProvince).param("choices[1].accountId", String.valueOf(second)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(url).startsWith(BASE + "/batches/");
        return Long.parseLong(url.substring((BASE + "/batches/").length()));
    }

    private String fingerprintOf(MockHttpServletRequestBuilder preview) throws Exception {
        String page = mvc.perform(preview.with(admin()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int at = page.indexOf("name=\"fingerprint\" value=\"");
        assertThat(at).as("the preview carries its fingerprint").isNotNegative();
        int start = at + "name=\"fingerprint\" value=\"".length();
        return page.substring(start, page.indexOf('"', start));
    }

    private static RequestPostProcessor admin() {
        return authentication(SignedIn.as(new Actor("admin", Role.ADMIN, null, null, null)));
    }

    private long id(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    private String province(long account) {
        return jdbc.sql("SELECT province_code FROM user_account WHERE id = :id").param("id", account).query(String.class).single();
    }

    private long audits(String action, String entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :action AND entity_id = :id")
                .param("action", action).param("id", entityId).query(Long.class).single();
    }

    private long batchCount() {
        return jdbc.sql("SELECT count(*) FROM coordinator_batch").query(Long.class).single();
    }
}
