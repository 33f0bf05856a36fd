package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citybridge.platform.Dates;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticleStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edit conflict made mergeable: what the other person changed since the version an editor started from (field by
 * field and the body), beside the editor's own unsaved content, and the merged content once the editor chose, per
 * field, to keep theirs or take the other's.
 */
@Service
@Transactional(readOnly = true)
public class ArticleMerge {

    /** The fields an editor chooses between, in the form's order; the body is {@code bodyHtml}. */
    public static final List<String> FIELDS = List.of("title", "columnId", "subtitle", "source", "author", "keywords",
            "summary", "coverAlt", "publishAt", "expireAt", "bodyHtml");

    private final ArticleEditing editing;
    private final ArticleJournal journal;
    private final PendingRevisions revisions;
    private final PortalQueries queries;
    private final PortalAccess access;
    private final Dates dates;

    ArticleMerge(ArticleEditing editing, ArticleJournal journal, PendingRevisions revisions, PortalQueries queries,
                 PortalAccess access, Dates dates) {
        this.editing = editing;
        this.journal = journal;
        this.revisions = revisions;
        this.queries = queries;
        this.access = access;
        this.dates = dates;
    }

    /**
     * What stands between the editor's content and the current one.
     *
     * @param fields         the fields the other person changed where the editor's content differs from theirs
     * @param baseKnown      whether the version the editor started from is in the history; if not, {@code theirsDiff}
     *                       shows their whole value as added
     * @param articleVersion the version to save against once merged (and the pending revision's, null when none)
     */
    public record Conflict(String changedBy, Instant changedAt, long articleVersion, Long revisionVersion, boolean baseKnown,
                           List<FieldConflict> fields) {

        public Optional<FieldConflict> body() {
            return fields.stream().filter(f -> f.field().equals("bodyHtml")).findFirst();
        }

        public List<FieldConflict> withoutBody() {
            return fields.stream().filter(f -> !f.field().equals("bodyHtml")).toList();
        }
    }

    /**
     * @param theirsDiff their change as safe HTML (from the started-from version to theirs)
     * @param theirs     their value as text to show
     * @param mine       the editor's value as text to show
     */
    public record FieldConflict(String field, String theirsDiff, String theirs, String mine) {
    }

    public Conflict conflict(long id, long startedFromVersion, Long startedFromRevision, ArticleDraft mine) {
        access.requireEditorial();
        Current current = current(id);
        Optional<ArticleDraft> base = journal.contentAt(id, startedFromVersion, startedFromRevision);
        Map<String, String> theirs = shown(current.content());
        Map<String, String> before = base.map(this::shown).orElse(null);
        Map<String, String> ours = shown(mine);
        List<FieldConflict> fields = new ArrayList<>();
        for (String field : FIELDS) {
            String their = theirs.get(field);
            String started = before == null ? "" : before.get(field);
            if (before != null && Objects.equals(started, their) || Objects.equals(ours.get(field), their)) {
                continue;
            }
            String diff = field.equals("bodyHtml") ? RevisionDiff.bodies(before == null ? "" : base.get().bodyHtml(), current.content().bodyHtml())
                    : RevisionDiff.texts(started, their);
            fields.add(new FieldConflict(field, diff, their, ours.get(field)));
        }
        return new Conflict(current.by(), current.at(), current.articleVersion(), current.revisionVersion(), base.isPresent(),
                fields);
    }

    /** The editor's content with the other person's value in each of these fields. */
    public ArticleDraft merged(long id, ArticleDraft mine, Set<String> takeTheirs) {
        access.requireEditorial();
        ArticleDraft theirs = current(id).content();
        return new ArticleDraft(takeTheirs.contains("columnId") ? theirs.columnId() : mine.columnId(),
                takeTheirs.contains("title") ? theirs.title() : mine.title(),
                takeTheirs.contains("subtitle") ? theirs.subtitle() : mine.subtitle(),
                takeTheirs.contains("source") ? theirs.source() : mine.source(),
                takeTheirs.contains("author") ? theirs.author() : mine.author(),
                takeTheirs.contains("summary") ? theirs.summary() : mine.summary(),
                takeTheirs.contains("keywords") ? theirs.keywords() : mine.keywords(),
                takeTheirs.contains("bodyHtml") ? theirs.bodyHtml() : mine.bodyHtml(), mine.coverFileId(),
                takeTheirs.contains("coverAlt") ? theirs.coverAlt() : mine.coverAlt(),
                takeTheirs.contains("publishAt") ? theirs.publishAt() : mine.publishAt(),
                takeTheirs.contains("expireAt") ? theirs.expireAt() : mine.expireAt(), mine.attachments());
    }

    private record Current(ArticleDraft content, String by, Instant at, long articleVersion, Long revisionVersion) {
    }

    /** The article as editors see it now: its pending revision when it is published and has one. */
    private Current current(long id) {
        Article article = editing.load(id);
        Optional<PendingRevision> pending = article.status() == ArticleStatus.PUBLISHED ? revisions.find(id) : Optional.empty();
        if (pending.isPresent()) {
            PendingRevision p = pending.get();
            return new Current(p.draft(), p.editedBy(), p.editedAt(), article.version(), p.version());
        }
        ArticleDraft content = new ArticleDraft(article.columnId(), article.title(), article.subtitle(), article.source(),
                article.author(), article.summary(), article.keywords(), article.bodyHtml(), article.coverFileId(),
                article.coverAlt(), article.publishAt(), article.expireAt(), List.of());
        return new Current(content, article.updatedBy(), article.updatedAt(), article.version(), null);
    }

    /** Each field as people read it: the column by its path, times as YYYY-MM-DD HH:MM, the body as sanitized HTML. */
    private Map<String, String> shown(ArticleDraft content) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("title", text(content.title()));
        List<ColumnNode> trail = queries.columnTree().trail(content.columnId());
        shown.put("columnId", trail.isEmpty() ? "" : trail.get(trail.size() - 1).path());
        shown.put("subtitle", text(content.subtitle()));
        shown.put("source", text(content.source()));
        shown.put("author", text(content.author()));
        shown.put("keywords", text(content.keywords()));
        shown.put("summary", text(content.summary()));
        shown.put("coverAlt", text(content.coverAlt()));
        shown.put("publishAt", content.publishAt() == null ? "" : dates.format(content.publishAt()));
        shown.put("expireAt", content.expireAt() == null ? "" : dates.format(content.expireAt()));
        shown.put("bodyHtml", RichText.sanitize(content.bodyHtml()));
        return shown;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
