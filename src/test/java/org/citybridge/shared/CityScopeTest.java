package org.citybridge.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CityScopeTest {

    private static Actor actor(Role role, String city, String province) {
        return new Actor("u", role, city, province, null);
    }

    @Test
    void theSecretariatCoversEveryCity() {
        CityScope scope = actor(Role.STAFF, null, null).scope();

        assertThat(scope.covers("510100", "510000")).isTrue();
        assertThat(scope.spansCities()).isTrue();
        assertThat(scope.where("d.city_code", "d.province_code")).isEqualTo(new CityScope.SqlCondition("TRUE", Map.of()));
    }

    @Test
    void aCoordinatorCoversItsProvinceOnly() {
        CityScope scope = actor(Role.PROVINCE, null, "510000").scope();

        assertThat(scope.covers("510100", "510000")).isTrue();
        assertThat(scope.covers("440300", "440000")).isFalse();
        assertThat(scope.spansCities()).isTrue();
        assertThat(scope.where("d.city_code", "d.province_code"))
                .isEqualTo(new CityScope.SqlCondition("d.province_code = :scope", Map.of("scope", "510000")));
    }

    @Test
    void aLiaisonCoversItsCityOnlyAndFollowsNoOther() {
        CityScope scope = actor(Role.LIAISON, "510100", "510000").scope();

        assertThat(scope.covers("510100", "510000")).isTrue();
        assertThat(scope.covers("510300", "510000")).isFalse();
        assertThat(scope.spansCities()).isFalse();
        assertThat(scope.where("d.city_code", "d.province_code"))
                .isEqualTo(new CityScope.SqlCondition("d.city_code = :scope", Map.of("scope", "510100")));
    }

    @Test
    void editorsCheckInStaffThePublicAndALiaisonWithoutACityCoverNothing() {
        for (Actor actor : new Actor[] {actor(Role.EDITOR, null, null), actor(Role.CHECKIN, null, null), Actor.PUBLIC,
                actor(Role.LIAISON, null, null), actor(Role.PROVINCE, null, null)}) {
            assertThat(actor.scope().covers("510100", "510000")).as(actor.toString()).isFalse();
            assertThat(actor.followsCities()).as(actor.toString()).isFalse();
            assertThat(actor.scope().where("c", "p").sql()).isEqualTo("FALSE");
        }
    }
}
