package org.citybridge.circulars.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks the automatic reminder rules now and then, on one instance at a time. */
@Component
public class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final CircularReminders reminders;

    ReminderSchedule(CircularReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${citybridge.circulars.reminder-interval:PT15M}")
    @SchedulerLock(name = "circular-reminders", lockAtMostFor = "PT10M")
    public void run() {
        int sent = reminders.sendDue();
        if (sent > 0) {
            log.info("Sent automatic receipt reminders to {} cities", sent);
        }
    }
}
