package org.citybridge.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.citybridge.platform.shell.BackOfficeMenu;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The platform's web pieces that a {@code @WebMvcTest} slice does not find by itself: what templates call
 * ({@code @dates}, {@code @fieldLimits}, the back office's {@code @backOfficeMenu}) on a fixed clock.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Dates.class, FieldLimits.class, BackOfficeMenu.class})
public class PlatformWebSlice {

    /** 2026-03-02 10:00 in Shanghai. */
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    }
}
