package org.citybridge.events.web;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.events.domain.EventPhoto;
import org.citybridge.events.domain.EventReport;
import org.citybridge.events.domain.EventReport.ArticleRequest;

/** The column, title and photos of the report to draft; it starts as proposed, with every photo chosen. */
public class EventArticleForm {

    private Long columnId;
    private String title = "";
    private List<Long> photoIds = new ArrayList<>();

    static EventArticleForm of(EventReport report) {
        EventArticleForm form = new EventArticleForm();
        form.setColumnId(report.proposal().columnId());
        form.setTitle(report.proposal().title());
        form.setPhotoIds(new ArrayList<>(report.photos().stream().map(EventPhoto::id).toList()));
        return form;
    }

    ArticleRequest request() {
        return new ArticleRequest(columnId, title, photoIds);
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

    public List<Long> getPhotoIds() {
        return photoIds;
    }

    public void setPhotoIds(List<Long> photoIds) {
        this.photoIds = photoIds == null ? new ArrayList<>() : photoIds;
    }
}
