package org.citybridge.directory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster's one phone rule: what people type is cleaned up, not refused; what is not a phone is refused. */
class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+86 138-0013-8000|13800138000", "138 0013 8000|13800138000", "8613912345678|13912345678",
            "0086 139 1234 5678|13912345678", "(+86)139-1234-5678|13912345678", "１３９１２３４５６７８|13912345678",
            "19900001111|19900001111"})
    void cleansUpMobiles(String typed, String kept) {
        assertThat(PhoneNumbers.mobile(typed)).isEqualTo(kept);
        assertThat(new PersonDetails("张伟", null, null, null, typed, null, null, null).mobile()).isEqualTo(kept);
        assertThat(PhoneNumbers.isMobile(kept)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1391234567", "23912345678", "139-1234-5678x", "abc"})
    void refusesWhatIsNoMobile(String typed) {
        assertThat(PhoneNumbers.isMobile(PhoneNumbers.mobile(typed))).isFalse();
        assertThat(PhoneNumbers.mobile(typed)).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "010-12345678|010-12345678", "028-8765432|028-8765432", "02887654321|028-87654321",
            "(028) 8765 4321|028-87654321", "（028）8765-4321|028-87654321", "+86 28 87654321|028-87654321",
            "0755-12345678-123|0755-12345678-123", "010 6552 8888 转 12|010-65528888-12", "075512345678|0755-12345678"})
    void cleansUpOfficePhones(String typed, String kept) {
        assertThat(PhoneNumbers.officePhone(typed)).isEqualTo(kept);
        assertThat(new PersonDetails("张伟", null, null, null, null, typed, null, null).officePhone()).isEqualTo(kept);
        assertThat(PhoneNumbers.isOfficePhone(kept)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"87654321", "12", "010-1234", "phone", "010-12345678-1234567"})
    void refusesOfficePhonesWithoutAreaCodeOrNotPhones(String typed) {
        assertThat(PhoneNumbers.isOfficePhone(PhoneNumbers.officePhone(typed))).isFalse();
    }
}
