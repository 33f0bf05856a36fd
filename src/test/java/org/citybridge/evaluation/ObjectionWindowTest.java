package org.citybridge.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectionWindowTest {

    private static final Instant OPENS = Instant.parse("2027-01-10T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-01-20T09:00:00Z");
    private static final ObjectionWindow WINDOW = new ObjectionWindow(OPENS, CLOSES);

    private static ObjectionWindow.State at(Instant now) {
        return WINDOW.at(Clock.fixed(now, ZoneId.of("Asia/Shanghai")).instant());
    }

    @Test
    void opensAtItsStartAndClosesAtItsEnd() {
        assertThat(at(OPENS.minusSeconds(1))).isEqualTo(ObjectionWindow.State.NOT_YET_OPEN);
        assertThat(at(OPENS)).isEqualTo(ObjectionWindow.State.OPEN);
        assertThat(at(CLOSES.minusSeconds(1))).isEqualTo(ObjectionWindow.State.OPEN);
        assertThat(at(CLOSES)).isEqualTo(ObjectionWindow.State.CLOSED);
    }

    @Test
    void aWindowWithoutBothEndsIsUnset() {
        assertThat(new ObjectionWindow(null, null).at(OPENS)).isEqualTo(ObjectionWindow.State.UNSET);
        assertThat(new ObjectionWindow(OPENS, null).at(OPENS)).isEqualTo(ObjectionWindow.State.UNSET);
    }
}
