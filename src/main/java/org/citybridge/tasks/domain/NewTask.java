package org.citybridge.tasks.domain;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.tasks.TaskPriority;

/**
 * What the secretariat hands out: the cities are the hand-picked codes plus the member cities of the named provinces.
 *
 * @param description rich text, sanitized on save
 */
public record NewTask(String title, String description, TaskPriority priority, LocalDate dueDate,
                      List<String> cityCodes, List<String> provinceCodes) {

    public NewTask {
        cityCodes = cityCodes == null ? List.of() : cityCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        provinceCodes = provinceCodes == null ? List.of() : provinceCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
    }
}
