package org.citybridge.support;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock replaced by a {@link MutableClock} at {@link #START}, for a test class to move by hand. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START, ZoneId.of("Asia/Shanghai"));
    }
}
