package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves many articles to another column in one step: all or none, each move in the article's history. Moving does not
 * get round editorial review: an article (or revision) under review stays where it is reviewed, and a published
 * article enters a column with review only by the hand of an administrator or that column's last-level reviewer.
 */
@Service
public class ArticleMoves {

    private final ArticleEditing editing;
    private final ArticleRepository articles;
    private final ArticleJournal journal;
    private final PendingRevisions revisions;
    private final PortalQueries queries;
    private final PortalAccess access;
    private final ApplicationEventPublisher events;
    private final ColumnReviews reviews;
    private final ReviewStore reviewStore;
    private final Clock clock;

    ArticleMoves(ArticleEditing editing, ArticleRepository articles, ArticleJournal journal, PendingRevisions revisions,
                 PortalQueries queries, PortalAccess access, ApplicationEventPublisher events, ColumnReviews reviews,
                 ReviewStore reviewStore, Clock clock) {
        this.reviews = reviews;
        this.reviewStore = reviewStore;
        this.editing = editing;
        this.articles = articles;
        this.journal = journal;
        this.revisions = revisions;
        this.queries = queries;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves the articles (their pending revisions too) into the column. Published ones are announced again
     * ({@link ArticlePublished}), so that the public pages and the search show them in their new place. Each article
     * that may not move is named in the refusal, and then none moves.
     *
     * @return how many were moved
     */
    @Transactional
    public int move(Collection<Long> articleIds, long columnId) {
        Actor actor = access.requireEditorial();
        if (articleIds == null || articleIds.isEmpty()) {
            throw RuleViolation.of("article.error.noneChosen");
        }
        String target = queries.column(columnId).path();
        List<Article> moving = new ArrayList<>();
        List<RuleViolation> refusals = new ArrayList<>();
        boolean mayBringLiveArticles = mayPublishInto(actor, reviews.of(columnId));
        for (long id : new LinkedHashSet<>(articleIds)) {
            Article article = editing.load(id);
            if (article.columnId() == columnId) {
                continue;
            }
            if (reviewStore.status(id).filter(ReviewStatus::inReview).isPresent()) {
                refusals.add(RuleViolation.of("article.error.moveInReview", article.title()));
            } else if (article.status() == ArticleStatus.PUBLISHED && !mayBringLiveArticles) {
                refusals.add(RuleViolation.of("article.error.moveIntoReviewed", article.title(), target));
            }
            moving.add(article);
        }
        RuleViolations.throwIfAny(refusals);
        Instant now = clock.instant();
        int moved = 0;
        for (Article article : moving) {
            long id = article.id();
            article.moveToColumn(columnId, actor.username(), now);
            articles.flush();
            revisions.moveToColumn(id, columnId);
            journal.record(article, "moved", actor.username(), now);
            if (article.status() == ArticleStatus.PUBLISHED) {
                events.publishEvent(new ArticlePublished(id));
            }
            moved++;
        }
        return moved;
    }

    /** Whether the actor may put a published article in the column: anyone where it has no review, else its final say. */
    private static boolean mayPublishInto(Actor actor, ColumnReview column) {
        return !column.reviewed() || actor.role() == Role.ADMIN
                || column.reviewersAt(column.levels()).contains(actor.username().toLowerCase(Locale.ROOT));
    }
}
