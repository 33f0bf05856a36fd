package org.citybridge.submissions.web;

import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.domain.ReportInput;

/** The report form; a bean so that everything the user typed comes back with the errors. */
public class ReportForm {

    private String title = "";
    private SubmissionKind kind = SubmissionKind.CITY_NEWS;
    private String bodyHtml = "";

    ReportInput toInput() {
        return new ReportInput(title, kind, bodyHtml);
    }

    static ReportForm of(ReportInput input) {
        ReportForm form = new ReportForm();
        form.title = input.title();
        form.kind = input.kind();
        form.bodyHtml = input.bodyHtml();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public void setKind(SubmissionKind kind) {
        this.kind = kind;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }
}
