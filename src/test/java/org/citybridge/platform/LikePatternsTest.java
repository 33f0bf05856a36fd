package org.citybridge.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternsTest {

    @Test
    void escapesWhatLikeWouldReadAsSyntax() {
        assertThat(LikePatterns.containing("深圳")).isEqualTo("%深圳%");
        assertThat(LikePatterns.containing("100%_a\\")).isEqualTo("%100\\%\\_a\\\\%");
    }
}
