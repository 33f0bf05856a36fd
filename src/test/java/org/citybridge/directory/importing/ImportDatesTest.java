package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-3-1", "2025-03-01", "2025/3/1", "2025.3.1", "2025年3月1日", "2025/3/1 0:00", "2025-03-01 00:00:00",
            "45717", "45717.0", "20250301"})
    void readsEveryUsualWayOfWritingADate(String text) {
        assertThat(ImportDates.parse(text)).contains(LocalDate.of(2025, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-2-30", "2025年3月", "soon", "13800", "99999", "20250230", "2025030"})
    void refusesWhatIsNoDate(String text) {
        assertThat(ImportDates.parse(text)).isEqualTo(Optional.empty());
    }
}
