package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class RosterImportModeTest {

    @Test
    void parsesTheModesAsTheApiWritesThem() {
        assertThat(ImportMode.parse("preview")).isEqualTo(ImportMode.PREVIEW);
        assertThat(ImportMode.parse("valid-only")).isEqualTo(ImportMode.VALID_ONLY);
        assertThat(ImportMode.parse(" All-Or-Nothing ")).isEqualTo(ImportMode.ALL_OR_NOTHING);
    }

    @Test
    void refusesAnUnknownMode() {
        assertThatThrownBy(() -> ImportMode.parse("everything")).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo("mode");
            assertThat(violation.messageKey()).isEqualTo("import.error.unknownMode");
        });
        assertThatThrownBy(() -> ImportMode.parse(null)).isInstanceOf(RuleViolation.class);
    }
}
