package org.citybridge.events.domain;

import java.util.List;

import org.citybridge.portal.ArticleLink;
import org.citybridge.portal.ColumnView;

/**
 * What the event's report page shows the secretariat: the event, its photos, the report already drafted in the
 * portal (null when there is none), and what a new draft would start with.
 *
 * @param reportable whether a draft may be made now: the event has been held and no draft exists
 */
public record EventReport(EventView event, List<EventPhoto> photos, ArticleLink article, ArticleProposal proposal,
                          List<ColumnView> columns, boolean reportable) {

    /** The portal column, title and lead a new draft starts with; the lead is its first paragraph, figures included. */
    public record ArticleProposal(Long columnId, String title, String lead, Attendance attendance) {
    }

    /**
     * The secretariat's choices for the draft.
     *
     * @param photoIds the event's photos to show in it, in the order they were uploaded
     */
    public record ArticleRequest(Long columnId, String title, List<Long> photoIds) {

        public ArticleRequest {
            photoIds = photoIds == null ? List.of() : photoIds.stream().filter(id -> id != null).distinct().toList();
        }
    }
}
