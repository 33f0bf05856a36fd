package org.citybridge.tasks.domain;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.Targets;
import org.citybridge.tasks.TaskPriority;

/**
 * What the secretariat hands out. Its cities are the {@code targets} chosen with the picker (the form), or, when there
 * are none, the hand-picked {@code cityCodes} plus the member cities of the named {@code provinceCodes} (the API).
 *
 * @param description rich text, sanitized on save
 */
public record NewTask(String title, String description, TaskPriority priority, LocalDate dueDate,
                      List<String> cityCodes, List<String> provinceCodes, Targets targets) {

    public NewTask {
        cityCodes = cityCodes == null ? List.of() : cityCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        provinceCodes = provinceCodes == null ? List.of() : provinceCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
    }

    /** A task for hand-picked cities and the member cities of the named provinces, by code. */
    public NewTask(String title, String description, TaskPriority priority, LocalDate dueDate, List<String> cityCodes,
                   List<String> provinceCodes) {
        this(title, description, priority, dueDate, cityCodes, provinceCodes, null);
    }

    /** A task for the cities the picker's targets reach. */
    public static NewTask forTargets(String title, String description, TaskPriority priority, LocalDate dueDate,
                                     Targets targets) {
        return new NewTask(title, description, priority, dueDate, List.of(), List.of(), targets);
    }
}
