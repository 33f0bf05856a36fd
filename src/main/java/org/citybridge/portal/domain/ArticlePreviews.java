package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citybridge.files.FileStore;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticleStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article as its editors see it before readers do: with its pending revision, or with the unsaved content of the
 * form (its body sanitized as a save would). Nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class ArticlePreviews {

    private final PortalQueries queries;
    private final PendingRevisions revisions;
    private final PortalAccess access;
    private final FileStore files;

    ArticlePreviews(PortalQueries queries, PendingRevisions revisions, PortalAccess access, FileStore files) {
        this.queries = queries;
        this.revisions = revisions;
        this.access = access;
        this.files = files;
    }

    /** The article as it is being edited: its pending revision's content when it has one. */
    public ArticleDetails asEdited(long id) {
        access.requireEditorial();
        ArticleDetails article = queries.article(id);
        return revisions.find(id).map(p -> with(article, p.draft(), p.editedBy(), p.editedAt())).orElse(article);
    }

    /**
     * The form's unsaved content over the article as edited (or a new one, {@code id} null): the files are the form's
     * choice where the form can say it (the cover removed, attachments taken off), the rest as saved.
     */
    public ArticleDetails unsaved(Long id, ArticleDraft form, boolean removeCover, List<UUID> removedFiles) {
        access.requireEditorial();
        ArticleDetails base = id == null ? null : asEdited(id);
        long column = queries.columnTree().trail(form.columnId()).isEmpty()
                ? base != null ? base.columnId() : queries.columns().get(0).id() : form.columnId();
        List<UUID> attachments = new ArrayList<>(base == null ? List.of()
                : base.attachments().stream().map(a -> a.fileId()).toList());
        attachments.removeAll(removedFiles == null ? List.of() : removedFiles);
        UUID cover = removeCover || base == null ? null : base.coverFileId();
        ArticleDraft content = new ArticleDraft(column, form.title() == null ? "" : form.title(), form.subtitle(),
                form.source(), form.author(), form.summary(), form.keywords(), RichText.sanitize(form.bodyHtml()), cover,
                form.coverAlt(), form.publishAt(), form.expireAt(), attachments);
        if (base == null) {
            return new ArticleDetails(0, column, content.title(), blankToNull(content.subtitle()), blankToNull(content.source()),
                    blankToNull(content.author()), blankToNull(content.summary()), blankToNull(content.keywords()),
                    content.bodyHtml(), null, null, ArticleStatus.DRAFT, content.publishAt(), content.expireAt(),
                    null, null, null, null, null, 0, queries.columnTree().trail(column), List.of(), false, false);
        }
        return with(base, content, base.updatedBy(), base.updatedAt());
    }

    /** The article with this content (the status, times of the record and the version stay the article's). */
    private ArticleDetails with(ArticleDetails article, ArticleDraft content, String by, Instant at) {
        return new ArticleDetails(article.id(), content.columnId(), content.title().strip(), blankToNull(content.subtitle()),
                blankToNull(content.source()), blankToNull(content.author()), blankToNull(content.summary()),
                blankToNull(content.keywords()), content.bodyHtml(), content.coverFileId(),
                content.coverFileId() == null ? null : blankToNull(content.coverAlt()), article.status(),
                content.publishAt() != null ? content.publishAt() : article.publishAt(), content.expireAt(), article.origin(),
                article.createdBy(), article.createdAt(), by, at, article.version(),
                queries.columnTree().trail(content.columnId()), files.attachments(content.attachments()), article.live(),
                article.scheduled());
    }

    /** The content in another column. */
    static ArticleDraft inColumn(ArticleDraft content, long columnId) {
        return new ArticleDraft(columnId, content.title(), content.subtitle(), content.source(), content.author(),
                content.summary(), content.keywords(), content.bodyHtml(), content.coverFileId(), content.coverAlt(),
                content.publishAt(), content.expireAt(), content.attachments());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
