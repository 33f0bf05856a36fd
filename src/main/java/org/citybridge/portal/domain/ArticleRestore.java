package org.citybridge.portal.domain;

import java.time.Clock;

import org.citybridge.portal.ArticleDraft;
import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings back the content of an earlier entry of an article's history as a new edit: a published article gets it as
 * its pending revision (readers keep the live version until it is published), any other article takes it at once.
 * Nothing of the history is removed.
 */
@Service
public class ArticleRestore {

    private final ArticleEditing editing;
    private final ArticleJournal journal;
    private final PortalQueries queries;
    private final PortalAccess access;
    private final Clock clock;

    ArticleRestore(ArticleEditing editing, ArticleJournal journal, PortalQueries queries, PortalAccess access, Clock clock) {
        this.editing = editing;
        this.queries = queries;
        this.journal = journal;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void restore(long articleId, long revisionId) {
        Actor actor = access.requireEditorial();
        Article article = editing.load(articleId);
        ArticleDraft content = journal.content(articleId, revisionId)
                .orElseThrow(() -> new NotFoundException("article.error.unknownRevision", revisionId));
        if (queries.columnTree().trail(content.columnId()).isEmpty()) {
            content = ArticlePreviews.inColumn(content, article.columnId());
        }
        editing.saveEdit(article, content, RichText.sanitize(content.bodyHtml()), "restored", actor.username(), clock.instant());
    }
}
