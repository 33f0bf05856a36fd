package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves many articles to another column in one step: all or none, each move in the article's history. */
@Service
public class ArticleMoves {

    private final ArticleEditing editing;
    private final ArticleRepository articles;
    private final ArticleJournal journal;
    private final PendingRevisions revisions;
    private final PortalQueries queries;
    private final PortalAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleMoves(ArticleEditing editing, ArticleRepository articles, ArticleJournal journal, PendingRevisions revisions,
                 PortalQueries queries, PortalAccess access, ApplicationEventPublisher events, Clock clock) {
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
     * ({@link ArticlePublished}), so that the public pages and the search show them in their new place.
     *
     * @return how many were moved
     */
    @Transactional
    public int move(Collection<Long> articleIds, long columnId) {
        Actor actor = access.requireEditorial();
        if (articleIds == null || articleIds.isEmpty()) {
            throw RuleViolation.of("article.error.noneChosen");
        }
        queries.column(columnId);
        Instant now = clock.instant();
        int moved = 0;
        for (long id : new LinkedHashSet<>(articleIds)) {
            Article article = editing.load(id);
            if (article.columnId() == columnId) {
                continue;
            }
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
}
