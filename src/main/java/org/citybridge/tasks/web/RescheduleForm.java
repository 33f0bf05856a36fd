package org.citybridge.tasks.web;

import java.time.LocalDate;

/** A task's new due date and why; a bean so that a malformed date still keeps the reason typed. */
public class RescheduleForm {

    private LocalDate dueDate;
    private String reason = "";

    static RescheduleForm of(LocalDate due) {
        RescheduleForm form = new RescheduleForm();
        form.setDueDate(due);
        return form;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
