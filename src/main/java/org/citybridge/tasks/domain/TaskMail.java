package org.citybridge.tasks.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citybridge.directory.LiaisonContact;
import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.Dates;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.TaskPriority;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Mail to a city's liaisons about its assignment, written into the outbox in the caller's transaction (in Chinese). */
@Component
class TaskMail {

    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final CityBridgeProperties properties;
    private final Dates dates;

    TaskMail(MailOutbox outbox, MessageSource messages, CityBridgeProperties properties, Dates dates) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.dates = dates;
    }

    /** Answers how many messages were written. */
    int assigned(long taskId, String title, TaskPriority priority, LocalDate due, String cityName,
                 List<LiaisonContact> liaisons) {
        int sent = 0;
        for (LiaisonContact liaison : liaisons) {
            if (liaison.email() == null || liaison.email().isBlank()) {
                continue;
            }
            String link = properties.link("/admin/tasks/" + taskId + "/cities/" + liaison.cityCode());
            String subject = messages.getMessage("task.mail.assigned.subject", new Object[]{title}, MAIL_LOCALE);
            String body = messages.getMessage("task.mail.assigned.body", new Object[]{liaison.name(), cityName, title,
                    messages.getMessage("task.priority." + priority.name(), null, MAIL_LOCALE), dates.format(due), link}, MAIL_LOCALE);
            outbox.enqueue(new OutgoingMail(liaison.email(), subject, body, "task-assigned"));
            sent++;
        }
        return sent;
    }

    /** A reminder (催办) to the city's liaisons; answers how many messages were written. */
    int reminded(AssignmentView assignment, List<LiaisonContact> liaisons) {
        int sent = 0;
        for (LiaisonContact liaison : withAddress(liaisons)) {
            String link = properties.link("/admin/tasks/" + assignment.taskId() + "/cities/" + liaison.cityCode());
            String subject = messages.getMessage("task.mail.reminded.subject", new Object[]{assignment.title()}, MAIL_LOCALE);
            String body = messages.getMessage("task.mail.reminded.body", new Object[]{liaison.name(), assignment.cityName(),
                    assignment.title(), dates.format(assignment.dueDate()),
                    messages.getMessage("task.state." + assignment.state().name(), null, MAIL_LOCALE), link}, MAIL_LOCALE);
            outbox.enqueue(new OutgoingMail(liaison.email(), subject, body, "task-reminded"));
            sent++;
        }
        return sent;
    }

    /** The task's new due date and why, to the liaisons of every city still working on it. */
    void rescheduled(long taskId, String title, LocalDate before, LocalDate after, String reason,
                     List<LiaisonContact> liaisons) {
        for (LiaisonContact liaison : withAddress(liaisons)) {
            String link = properties.link("/admin/tasks/" + taskId + "/cities/" + liaison.cityCode());
            String subject = messages.getMessage("task.mail.rescheduled.subject", new Object[]{title}, MAIL_LOCALE);
            String body = messages.getMessage("task.mail.rescheduled.body", new Object[]{liaison.name(), title,
                    dates.format(before), dates.format(after), reason, link}, MAIL_LOCALE);
            outbox.enqueue(new OutgoingMail(liaison.email(), subject, body, "task-rescheduled"));
        }
    }

    private static List<LiaisonContact> withAddress(List<LiaisonContact> liaisons) {
        return liaisons.stream().filter(l -> l.email() != null && !l.email().isBlank()).toList();
    }
}
