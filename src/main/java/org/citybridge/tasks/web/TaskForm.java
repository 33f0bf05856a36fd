package org.citybridge.tasks.web;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;

/** The new-task form; its rules are checked by the service so that the API and the form refuse alike. */
record TaskForm(String title, String description, TaskPriority priority, LocalDate dueDate, List<String> cityCodes,
                List<String> provinceCodes) {

    TaskForm {
        cityCodes = cityCodes == null ? List.of() : cityCodes;
        provinceCodes = provinceCodes == null ? List.of() : provinceCodes;
    }

    static TaskForm blank(LocalDate due) {
        return new TaskForm("", "", TaskPriority.NORMAL, due, List.of(), List.of());
    }

    NewTask toNewTask() {
        return new NewTask(title, description, priority, dueDate, cityCodes, provinceCodes);
    }
}
