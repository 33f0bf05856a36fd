package org.citybridge.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;

/**
 * The new-task form; its rules are checked by the service so that the API and the form refuse alike. A bean rather
 * than a record so that a malformed date still gives back everything else the user typed.
 */
public class TaskForm {

    private String title = "";
    private String description = "";
    private TaskPriority priority = TaskPriority.NORMAL;
    private LocalDate dueDate;
    private List<String> cityCodes = new ArrayList<>();
    private List<String> provinceCodes = new ArrayList<>();

    static TaskForm blank(LocalDate due) {
        TaskForm form = new TaskForm();
        form.setDueDate(due);
        return form;
    }

    NewTask toNewTask() {
        return new NewTask(title, description, priority, dueDate, cityCodes, provinceCodes);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public void setPriority(TaskPriority priority) {
        this.priority = priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public List<String> getCityCodes() {
        return cityCodes;
    }

    public void setCityCodes(List<String> cityCodes) {
        this.cityCodes = cityCodes == null ? new ArrayList<>() : cityCodes;
    }

    public List<String> getProvinceCodes() {
        return provinceCodes;
    }

    public void setProvinceCodes(List<String> provinceCodes) {
        this.provinceCodes = provinceCodes == null ? new ArrayList<>() : provinceCodes;
    }
}
