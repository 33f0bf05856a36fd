package org.citybridge.submissions.web;

import org.citybridge.submissions.domain.Adoption;

/** The adoption form: the article as it will be published, pre-filled from the report. */
public class AdoptForm {

    private Long columnId;
    private String title = "";
    private String bodyHtml = "";
    private String source = "";
    private String author = "";
    private String opinion = "";

    static AdoptForm of(Adoption proposed) {
        AdoptForm form = new AdoptForm();
        form.columnId = proposed.columnId();
        form.title = proposed.title();
        form.bodyHtml = proposed.bodyHtml();
        form.source = proposed.source();
        form.author = proposed.author();
        return form;
    }

    Adoption toAdoption() {
        return new Adoption(columnId, title, bodyHtml, source, author, opinion);
    }

    public Long getColumnId() {
        return columnId;
    }

    public void setColumnId(Long columnId) {
        this.columnId = columnId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
