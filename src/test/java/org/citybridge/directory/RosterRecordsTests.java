package org.citybridge.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.RosterConfirmations;
import org.citybridge.shared.Actor;
import org.citybridge.shared.DateRange;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** The roster's year records for the evaluation: liaison terms, member cities and roster confirmations. */
@IntegrationTest
class RosterRecordsTests {

    private static final String DINGXI = "621100";
    private static final String LONGNAN = "621200";

    @Autowired
    Fixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    RosterConfirmations confirmations;
    @Autowired
    RosterRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void termsOverlappingTheYearAndTheHandoverBetweenThem() {
        fixtures.member(LONGNAN);
        long first = fixtures.person("陇南甲");
        long second = fixtures.person("陇南乙");
        long earlier = fixtures.person("陇南前任");
        long old = fixtures.appoint(LONGNAN, earlier, LiaisonRole.DEPUTY, LocalDate.of(2019, 1, 1));
        fixtures.asAdmin(() -> { appointments.end(LONGNAN, old, LocalDate.of(2020, 3, 1)); return null; });
        long primary = fixtures.appoint(LONGNAN, first, LiaisonRole.PRIMARY, LocalDate.of(2021, 2, 1));
        fixtures.asAdmin(() -> { appointments.handOver(LONGNAN, primary, second, LocalDate.of(2021, 7, 1)); return null; });

        List<LiaisonTerm> terms = records.liaisonTerms(DateRange.year(2021)).stream().filter(t -> t.cityCode().equals(LONGNAN)).toList();

        assertThat(terms).extracting(LiaisonTerm::personId).containsExactly(first, second);
        assertThat(terms.get(0).until()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(terms.get(0).heldOn(LocalDate.of(2021, 6, 30))).isTrue();
        assertThat(terms.get(0).heldOn(LocalDate.of(2021, 7, 1))).isFalse();
        assertThat(terms.get(1).heldOn(LocalDate.of(2021, 7, 1))).isTrue();
        assertThat(terms.get(1).role()).isEqualTo(LiaisonRole.PRIMARY);
        assertThat(records.memberCities()).anyMatch(c -> c.code().equals(LONGNAN) && c.provinceCode().equals("620000"));
    }

    @Test
    void aLiaisonConfirmsItsRosterOnTheCityPageAuditedAndReadForThePeriod() throws Exception {
        fixtures.member(DINGXI);
        long person = fixtures.person("定西名录联络员");
        fixtures.appoint(DINGXI, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, DINGXI, null, person);
        Cookie session = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        mvc.perform(get("/admin/cities/" + DINGXI).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("本市尚未确认过名录和联系方式")));

        mvc.perform(post("/admin/cities/" + DINGXI + "/roster-confirmations").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/cities/" + DINGXI).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("最近一次确认“名录和联系方式已核对无误”")));
        LocalDate today = LocalDate.now(clock);
        List<RosterConfirmation> found = records.confirmations(new DateRange(today.minusDays(1), today.plusDays(1))).stream()
                .filter(c -> c.cityCode().equals(DINGXI)).toList();
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo(person);
            assertThat(c.confirmedBy()).isEqualTo(liaison);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'roster.confirm' AND entity_id = :id")
                .param("id", String.valueOf(found.get(0).id())).query(Long.class).single()).isEqualTo(1);
        Actor other = new Actor("liaison-elsewhere", Role.LIAISON, "621000", null, null);
        assertThatThrownBy(() -> Fixtures.as(other, () -> confirmations.confirm(DINGXI))).isInstanceOf(AccessDeniedException.class);
    }
}
