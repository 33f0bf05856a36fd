package org.citybridge.accounts;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.domain.People;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An account is linked only to a person of its own city, chosen by name; other roles get no person (issue 9, broken 4). */
@IntegrationTest
class AccountPersonLinkTests {

    private static final String CHENGDU = "510100";
    private static final String SHENZHEN = "440300";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLiaisonAccountCannotBeLinkedToAnotherCitysPersonOrToNobodyKnown() throws Exception {
        long chengduDeputy = fixtures.person("成都副联络员");
        fixtures.appoint(CHENGDU, chengduDeputy, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        long shenzhenPerson = fixtures.person("深圳联络员");
        fixtures.appoint(SHENZHEN, shenzhenPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String shenzhen = fixtures.account(Role.LIAISON, SHENZHEN, null, shenzhenPerson);
        long id = idOf(shenzhen);
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);

        for (long person : new long[]{chengduDeputy, 999_999_999L}) {
            mvc.perform(post("/admin/users/" + id + "/scope").cookie(admin).with(csrf()).param("displayName", shenzhen)
                            .param("role", "LIAISON").param("cityCode", SHENZHEN).param("personId", String.valueOf(person)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("所选人员未在该城市任职过")))
                    .andExpect(content().string(not(containsString("账号已更新"))));
        }
        assertThat(personOf(id)).isEqualTo(shenzhenPerson);

        mvc.perform(post("/api/v1/users").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sz-link-x\",\"password\":\"long-enough-secret\",\"role\":\"LIAISON\",\"cityCode\":\""
                                + SHENZHEN + "\",\"personId\":" + chengduDeputy + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = 'sz-link-x'").query(Long.class).single()).isZero();
    }

    @Test
    void aProvinceAccountRefusesAPersonInsteadOfDroppingIt() throws Exception {
        long person = fixtures.person("省级人员");
        fixtures.appoint(CHENGDU, person, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        String province = fixtures.account(Role.PROVINCE, null, "510000", null);
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(post("/admin/users/" + idOf(province) + "/scope").cookie(admin).with(csrf()).param("displayName", province)
                        .param("role", "PROVINCE").param("provinceCode", "510000").param("personId", String.valueOf(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有城市联络员账号可以关联名录人员")));
        assertThat(personOf(idOf(province))).isNull();
    }

    @Test
    void theFormOffersTheCitysPeopleByNameAndLinksOneOfThem() throws Exception {
        long current = fixtures.person("孙在任");
        fixtures.appoint(CHENGDU, current, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        long elsewhere = fixtures.person("周外市");
        fixtures.appoint(SHENZHEN, elsewhere, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String account = fixtures.account(Role.LIAISON, CHENGDU, null, null);
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);

        mvc.perform(get("/admin/users/city-people").cookie(admin).param("cityCode", CHENGDU).param("prefix", "scope"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + current + "\">孙在任（在任）</option>")))
                .andExpect(content().string(not(containsString("周外市"))));
        mvc.perform(post("/admin/users/" + idOf(account) + "/scope").cookie(admin).with(csrf()).param("displayName", account)
                        .param("role", "LIAISON").param("cityCode", CHENGDU).param("personId", String.valueOf(current)))
                .andExpect(status().is3xxRedirection());
        assertThat(personOf(idOf(account))).isEqualTo(current);
        mvc.perform(get("/admin/users/" + idOf(account)).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + current + "\" selected=\"selected\">孙在任（在任）</option>")));
        mvc.perform(get("/admin/users").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>孙在任</td>")))
                .andExpect(content().string(containsString("<td>成都市</td>")));
    }

    @Test
    void theLiaisonThemselfMayEditOnlyWhileHoldingAPostInTheirOwnCity() {
        long chengduDeputy = fixtures.person("成都副职");
        fixtures.appoint(CHENGDU, chengduDeputy, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        // an account of Shenzhen linked to Chengdu's deputy, as such a link could be stored before
        Actor shenzhenLinkedToChengdu = new Actor("sz", Role.LIAISON, SHENZHEN, null, chengduDeputy);
        PersonDetails changed = new PersonDetails("被改名", null, null, null, null, null, null, null);

        assertThatThrownBy(() -> Fixtures.as(shenzhenLinkedToChengdu, () -> {
            people.update(chengduDeputy, 0, changed);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        Fixtures.as(new Actor("cd", Role.LIAISON, CHENGDU, null, chengduDeputy), () -> {
            people.update(chengduDeputy, 0, changed);
            return null;
        });
        assertThat(jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", chengduDeputy).query(String.class).single())
                .isEqualTo("被改名");
    }

    private long idOf(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    private Long personOf(long id) {
        return jdbc.sql("SELECT person_id FROM user_account WHERE id = :id").param("id", id).query(Long.class).optional().orElse(null);
    }
}
