package org.citybridge.circulars.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminder settings under {@code citybridge.circulars.*}.
 *
 * @param remindDaysBefore how many days before a receipt deadline cities that have not replied are reminded
 * @param reminderInterval how often the reminder rules are checked
 */
@ConfigurationProperties("citybridge.circulars")
public record CircularProperties(Integer remindDaysBefore, Duration reminderInterval) {

    public CircularProperties {
        remindDaysBefore = remindDaysBefore == null ? 2 : remindDaysBefore;
        reminderInterval = reminderInterval == null ? Duration.ofMinutes(15) : reminderInterval;
    }
}
