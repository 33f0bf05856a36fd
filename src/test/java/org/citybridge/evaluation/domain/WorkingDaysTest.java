package org.citybridge.evaluation.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    @Test
    void aNoticeCountsFromTheDayAfterPublicationAndSkipsWeekends() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(WorkingDays.endOfNotice(monday, 5)).as("Tue–Fri and the next Monday, over on Tuesday")
                .isEqualTo(LocalDate.of(2026, 12, 8));
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(WorkingDays.endOfNotice(friday, 1)).as("Monday only, over on Tuesday").isEqualTo(LocalDate.of(2026, 12, 8));
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(WorkingDays.endOfNotice(saturday, 5)).isEqualTo(LocalDate.of(2026, 12, 12));
    }

    @Test
    void aNoticeRunsAtLeastOneDay() {
        assertThatThrownBy(() -> WorkingDays.endOfNotice(LocalDate.of(2026, 12, 1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
