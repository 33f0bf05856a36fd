package org.citybridge.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks prepared for the secretariat to assign later, as other modules make them (an item of next year's plan): the
 * secretariat opens a draft as a new task ({@code /admin/tasks/new?draft={id}}), chooses its cities and assigns it.
 */
@Service
@Transactional
public class TaskDrafts {

    public static final int MAX_TITLE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes a draft for the secretariat; answers its id. */
    public long draft(String title, String description, LocalDate dueDate) {
        Actor actor = Actors.requireSecretariat();
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new RuleViolation("title", "validation.tooLongAt", MAX_TITLE);
        }
        if (dueDate == null) {
            throw new RuleViolation("dueDate", "validation.required");
        }
        return jdbc.sql("""
                        INSERT INTO task_draft (title, description, due_date, created_by, created_at)
                        VALUES (:title, :description, :due, :by, :at) RETURNING id""")
                .param("title", title.strip()).param("description", RichText.sanitize(description)).param("due", dueDate)
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** The draft, for the secretariat. */
    @Transactional(readOnly = true)
    public Optional<TaskDraftView> find(long id) {
        Actors.requireSecretariat();
        return drafts(List.of(id)).stream().findFirst();
    }

    /** The named drafts that exist, for the secretariat. */
    @Transactional(readOnly = true)
    public List<TaskDraftView> drafts(Collection<Long> ids) {
        Actors.requireSecretariat();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, title, description, due_date, task_id FROM task_draft WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(TaskDraftView.class).list();
    }

    /** The drafts still waiting to be assigned, oldest first, for the secretariat. */
    @Transactional(readOnly = true)
    public List<TaskDraftView> waiting() {
        Actors.requireSecretariat();
        return jdbc.sql("SELECT id, title, description, due_date, task_id FROM task_draft WHERE task_id IS NULL ORDER BY id")
                .query(TaskDraftView.class).list();
    }
}
