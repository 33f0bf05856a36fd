package org.citybridge.evaluation.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateSerialsTest {

    @Test
    void serialsReadAsTheAssociationNumbersItsDocuments() {
        assertThat(CertificateSerials.serial("市协联证", 2026, 1)).isEqualTo("市协联证〔2026〕第001号");
        assertThat(CertificateSerials.serial("市协联证", 2026, 1234)).isEqualTo("市协联证〔2026〕第1234号");
    }

    @Test
    void aPrefixHoldsCharactersLettersAndDigitsOnly() {
        assertThat(CertificateSerials.validPrefix("市协联证")).isTrue();
        assertThat(CertificateSerials.validPrefix("CAL2")).isTrue();
        assertThat(CertificateSerials.validPrefix("")).isFalse();
        assertThat(CertificateSerials.validPrefix("市协/联证")).isFalse();
        assertThat(CertificateSerials.validPrefix("市协〔联证")).isFalse();
        assertThat(CertificateSerials.validPrefix(null)).isFalse();
    }
}
