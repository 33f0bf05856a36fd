package org.citybridge.directory;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LiaisonAppointmentRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"13912345678", "+86 13912345678", "8613912345678", "19900001111"})
    void acceptsMainlandMobiles(String mobile) {
        assertThat(Pattern.matches(PersonDetails.MOBILE, mobile)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1391234567", "23912345678", "139-1234-5678x", "abc"})
    void refusesOtherMobiles(String mobile) {
        assertThat(Pattern.matches(PersonDetails.MOBILE, mobile)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-12345678", "028-8765432", "02887654321", "0755-12345678-123", "87654321"})
    void acceptsOfficePhones(String phone) {
        assertThat(Pattern.matches(PersonDetails.OFFICE_PHONE, phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "010-1234", "phone", "010-12345678-1234567"})
    void refusesOtherOfficePhones(String phone) {
        assertThat(Pattern.matches(PersonDetails.OFFICE_PHONE, phone)).isFalse();
    }
}
