package org.citybridge.mail.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTest {

    @Test
    void backoffDoublesFromThirtySecondsAndIsCappedAtOneHour() {
        MailSettings settings = MailSettings.defaults();
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoffAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoffAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void defaultsSendFromLocalhostEveryHalfSecondAndGiveUpAfterThirtyAttempts() {
        MailSettings settings = MailSettings.defaults();
        assertThat(settings.from()).isEqualTo("citybridge@localhost");
        assertThat(settings.dispatchInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.maxAttempts()).isEqualTo(30);
        assertThat(settings.schedulerEnabled()).isTrue();
    }

    @Test
    void theDispatcherIsScheduledWithTheConfiguredDelayUnlessDisabled() {
        ScheduledTaskRegistrar enabled = new ScheduledTaskRegistrar();
        new MailConfiguration(null, new MailSettings(null, true, Duration.ofMillis(250), null, null, null, null))
                .configureTasks(enabled);
        assertThat(enabled.getFixedDelayTaskList()).singleElement()
                .satisfies(task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMillis(250)));

        ScheduledTaskRegistrar disabled = new ScheduledTaskRegistrar();
        new MailConfiguration(null, new MailSettings(null, false, null, null, null, null, null)).configureTasks(disabled);
        assertThat(disabled.getFixedDelayTaskList()).isEmpty();
    }
}
