package org.citybridge.portal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GzipTest {

    @Test
    void gzipIsTakenWhenListedOrCoveredByAStarWithoutAWeightOfZero() {
        assertThat(Gzip.accepted("gzip, deflate, br, zstd")).isTrue();
        assertThat(Gzip.accepted("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Gzip.accepted("*")).isTrue();
        assertThat(Gzip.accepted("gzip ; q=0.001")).isTrue();
    }

    @Test
    void gzipIsNotTakenWhenAbsentRefusedOrUnreadable() {
        assertThat(Gzip.accepted(null)).isFalse();
        assertThat(Gzip.accepted("")).isFalse();
        assertThat(Gzip.accepted("identity")).isFalse();
        assertThat(Gzip.accepted("br, deflate")).isFalse();
        assertThat(Gzip.accepted("gzip;q=0")).isFalse();
        assertThat(Gzip.accepted("gzip;q=0.000, identity")).isFalse();
        assertThat(Gzip.accepted("gzip;q=zero")).isFalse();
        assertThat(Gzip.accepted("x-gzip")).isFalse();
    }
}
