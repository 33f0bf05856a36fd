package org.citybridge.events.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citybridge.events.domain.EventReport.ArticleProposal;
import org.citybridge.events.domain.EventReport.ArticleRequest;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticleLink;
import org.citybridge.portal.ColumnView;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the event, the secretariat drafts its report for the portal's 联络工作 column (or another it chooses): the
 * text of {@link EventArticleText} with the figures of {@link Attendance} and the photos it chooses, saved through
 * {@link PortalApi#draftAdopted} as a draft that an editor finishes and publishes in the portal. Only once the event
 * has been held, and one draft at a time: while the last one made still exists in the portal, the page links to it.
 */
@Service
@Transactional
public class EventReporting {

    /** The portal column a report is proposed for, as adopted city reports are. */
    private static final String DEFAULT_COLUMN = "liaison-work";

    private final EventStore store;
    private final EventAccess access;
    private final EventPhotos photos;
    private final DelegationFigures figures;
    private final PortalApi portal;
    private final JdbcClient jdbc;
    private final Clock clock;

    EventReporting(EventStore store, EventAccess access, EventPhotos photos, DelegationFigures figures, PortalApi portal,
                   JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.access = access;
        this.photos = photos;
        this.figures = figures;
        this.portal = portal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The report page: the secretariat's, for an event in any status. */
    @Transactional(readOnly = true)
    public EventReport report(long eventId) {
        Actor actor = access.requireSecretariat();
        EventView event = store.view(event(eventId));
        Optional<ArticleLink> article = current(eventId);
        List<ColumnView> columns = portal.columns();
        Long column = columns.stream().filter(c -> DEFAULT_COLUMN.equals(c.slug())).findFirst().map(ColumnView::id).orElse(null);
        Attendance attendance = Attendance.of(figures.figures(eventId, actor.scope()));
        ArticleProposal proposal = new ArticleProposal(column, EventArticleText.title(event),
                EventArticleText.lead(event, attendance), attendance);
        return new EventReport(event, photos.of(eventId), article.orElse(null), proposal, columns,
                EventLifecycle.reportable(event.status()) && article.isEmpty());
    }

    /** Drafts the report in the portal and answers where it is; every problem of the request is refused at once. */
    public ArticleLink draft(long eventId, ArticleRequest request) {
        Actor actor = access.requireSecretariat();
        EventRow row = store.lockEvent(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        if (!EventLifecycle.reportable(row.status())) {
            throw new RuleViolation(null, "event.documents.article.notHeld", EventLifecycle.label(row.status()));
        }
        if (current(eventId).isPresent()) {
            throw new RuleViolation(null, "event.documents.article.exists");
        }
        List<EventPhoto> available = photos.of(eventId);
        Problems problems = new Problems();
        problems.required("columnId", request.columnId());
        problems.text("title", request.title(), EventArticleText.TITLE_MAX, true);
        Set<Long> known = new HashSet<>(available.stream().map(EventPhoto::id).toList());
        request.photoIds().stream().filter(id -> !known.contains(id)).findFirst()
                .ifPresent(id -> problems.add("photoIds", "event.documents.photo.unknown", id));
        RuleViolations.throwIfAny(problems.list());

        EventView event = store.view(row);
        Attendance attendance = Attendance.of(figures.figures(eventId, actor.scope()));
        List<EventPhoto> chosen = available.stream().filter(photo -> request.photoIds().contains(photo.id())).toList();
        String body = EventArticleText.body(event, attendance, chosen);
        long articleId = portal.draftAdopted(new ArticleDraft(request.columnId(), request.title().strip(), null, null, null,
                EventArticleText.lead(event, attendance), null, body, null, null, null, List.of()), "event:" + eventId);
        jdbc.sql("INSERT INTO event_article (event_id, article_id, created_by, created_at) VALUES (:event, :article, :by, :at)")
                .param("event", eventId).param("article", articleId).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
        return portal.articleLink(articleId).orElseThrow();
    }

    /** The report drafted last, while the portal still has it (an editor may have deleted a draft). */
    private Optional<ArticleLink> current(long eventId) {
        return jdbc.sql("SELECT article_id FROM event_article WHERE event_id = :event ORDER BY id DESC LIMIT 1")
                .param("event", eventId).query(Long.class).optional().flatMap(portal::articleLink);
    }

    private EventRow event(long eventId) {
        return store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
    }
}
