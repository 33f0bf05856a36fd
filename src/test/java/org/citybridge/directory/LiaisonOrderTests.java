package org.citybridge.directory;

import java.time.LocalDate;

import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** A city's primary liaison comes first wherever its liaisons are listed, even when a deputy started earlier. */
@IntegrationTest
class LiaisonOrderTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CityDirectory directory;
    @Autowired
    MockMvc mvc;

    @Test
    void thePrimaryLiaisonIsListedFirstOnTheCityPageTheApiAndTheExport() throws Exception {
        // a city no other test appoints anyone in, so the context shared with them cannot add liaisons here
        String shigatse = "540200";
        fixtures.appoint(shigatse, fixtures.person("甲副职"), LiaisonRole.DEPUTY, LocalDate.of(2020, 1, 1));
        fixtures.appoint(shigatse, fixtures.person("乙主职"), LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(shigatse, fixtures.person("丙副职"), LiaisonRole.DEPUTY, LocalDate.of(2025, 1, 1));

        CityDetails city = fixtures.asAdmin(() -> directory.city(shigatse));
        assertThat(city.activeLiaisons()).extracting(AppointmentView::personName).containsExactly("乙主职", "甲副职", "丙副职");
        assertThat(city.summary().activeLiaisons()).containsExactly("乙主职", "甲副职", "丙副职");
        assertThat(fixtures.asAdmin(() -> directory.activeRoster(new CityFilter(null, null, null, null, "日喀则", false))))
                .extracting(AppointmentView::personName).containsExactly("乙主职", "甲副职", "丙副职");
        mvc.perform(get("/api/v1/cities/" + shigatse).with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.activeLiaisons[0].personName").value("乙主职"))
                .andExpect(jsonPath("$.activeLiaisons[1].personName").value("甲副职"));
    }
}
