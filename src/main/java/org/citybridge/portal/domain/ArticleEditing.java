package org.citybridge.portal.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.Upload;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors write articles and move them through draft → pending → published → withdrawn. Every save and every change
 * of state writes a revision; state changes go through the JPA entity, so Hibernate's events see them. An edit of a
 * published article waits as its pending revision until it is published.
 */
@Service
public class ArticleEditing {

    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final ArticleRepository articles;
    private final ArticleJournal journal;
    private final PortalPublishing publishing;
    private final PortalAccess access;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final ArticleAttachments attachmentsOf;
    private final ArticlePictures pictures;
    private final PendingRevisions revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ColumnReviews reviews;
    private final ReviewStore reviewStore;

    ArticleEditing(ArticleRepository articles, ArticleJournal journal, PortalPublishing publishing, PortalAccess access,
                   FileStore files, JdbcClient jdbc, ArticleAttachments attachmentsOf, ArticlePictures pictures,
                   PendingRevisions revisions, ApplicationEventPublisher events, Clock clock, ColumnReviews reviews,
                   ReviewStore reviewStore) {
        this.revisions = revisions;
        this.reviews = reviews;
        this.reviewStore = reviewStore;
        this.attachmentsOf = attachmentsOf;
        this.pictures = pictures;
        this.articles = articles;
        this.journal = journal;
        this.publishing = publishing;
        this.access = access;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft; {@code cover} and {@code uploads} are optional new files. */
    @Transactional
    public long create(ArticleDraft draft, Upload cover, List<Upload> uploads) {
        Actor actor = access.requireEditorial();
        String body = checked(draft, null, cover != null || draft.coverFileId() != null);
        Instant now = clock.instant();
        UUID coverId = storeCover(cover, draft.coverFileId());
        List<UUID> attachments = new ArrayList<>(draft.attachments());
        attachments.addAll(storeAttachments(uploads));
        Article article = articles.saveAndFlush(new Article(withFiles(draft, coverId, attachments), body, "editor",
                actor.username(), now));
        attachmentsOf.replace(article.id(), attachments);
        pictures.keep(article.id(), body);
        journal.record(article, "created", actor.username(), now);
        return article.id();
    }

    /**
     * Saves an edit, made without seeing a pending revision: see
     * {@link #update(long, long, Long, ArticleDraft, Upload, boolean, List, List)}.
     */
    @Transactional
    public void update(long id, long version, ArticleDraft draft, Upload cover, boolean removeCover,
                       List<Upload> uploads, List<UUID> removedAttachments) {
        update(id, version, null, draft, cover, removeCover, uploads, removedAttachments);
    }

    /**
     * Saves an edit. An unpublished article takes it at once; a published one (live, scheduled or expired) keeps what
     * readers see and the edit becomes its pending revision ({@link PendingRevisions}) until it is published.
     *
     * @param version         the article version the editor started from; a newer one means someone else saved in between
     * @param revisionVersion the version of the pending revision the editor started from, null when they saw none
     * @throws StaleArticleEdit when the article or its pending revision changed since
     */
    @Transactional
    public void update(long id, long version, Long revisionVersion, ArticleDraft draft, Upload cover, boolean removeCover,
                       List<Upload> uploads, List<UUID> removedAttachments) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        Optional<PendingRevision> pending = pendingOf(article);
        if (article.version() != version) {
            throw new StaleArticleEdit(article.updatedBy());
        }
        if (!Objects.equals(pending.map(PendingRevision::version).orElse(null), revisionVersion)) {
            throw new StaleArticleEdit(pending.map(PendingRevision::editedBy).orElse(article.updatedBy()));
        }
        String body = checked(draft, id, cover != null || (!removeCover && article.coverFileId() != null));
        Instant now = clock.instant();
        ArticleDraft base = pending.map(PendingRevision::draft).orElse(null);
        UUID coverId = storeCover(cover, removeCover ? null : base != null ? base.coverFileId() : article.coverFileId());
        List<UUID> attachments = new ArrayList<>(base != null ? base.attachments() : currentAttachments(id));
        attachments.removeAll(removedAttachments == null ? List.of() : removedAttachments);
        attachments.addAll(storeAttachments(uploads));
        saveEdit(article, withFiles(draft, coverId, attachments), body, "edited", actor.username(), now);
    }

    /**
     * Saves checked content as an edit: a published article's pending revision, or else the article itself.
     *
     * @param edited the whole article with its files; its body is replaced by {@code safeBody}
     */
    void saveEdit(Article article, ArticleDraft edited, String safeBody, String note, String by, Instant now) {
        ArticleDraft content = withBody(edited, safeBody);
        if (article.status() == ArticleStatus.PUBLISHED) {
            long revisionVersion = revisions.save(article.id(), content, article.version(), by, now);
            journal.recordRevision(article, content, revisionVersion, by, now);
            return;
        }
        revise(article, content, by, now);
        journal.record(article, note, by, now);
    }

    /** Takes the content into the article; a published article keeps its publish time unless the content has one. */
    private void revise(Article article, ArticleDraft content, String by, Instant now) {
        ArticleDraft revised = content.publishAt() == null && article.status() == ArticleStatus.PUBLISHED
                ? new ArticleDraft(content.columnId(), content.title(), content.subtitle(), content.source(), content.author(),
                content.summary(), content.keywords(), content.bodyHtml(), content.coverFileId(), content.coverAlt(),
                article.publishAt(), content.expireAt(), content.attachments())
                : content;
        article.revise(revised, revised.bodyHtml(), by, now);
        articles.flush();
        attachmentsOf.replace(article.id(), content.attachments());
        pictures.keep(article.id(), content.bodyHtml());
    }

    /** The pending revision of a published article; an unpublished article has none. */
    private Optional<PendingRevision> pendingOf(Article article) {
        return article.status() == ArticleStatus.PUBLISHED ? revisions.find(article.id()) : Optional.empty();
    }

    /**
     * Drops the article's pending revision, ending its review if it is in one: readers keep the live version, editors
     * see it again in the form.
     */
    @Transactional
    public void discardRevision(long id) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        if (!revisions.remove(id)) {
            throw RuleViolation.of("article.error.noRevision");
        }
        reviewStore.endOpen(id);
        journal.record(article, "discarded", actor.username(), clock.instant());
    }

    /** Whether publishing now would put the article (as its pending revision has it) on the site already expired. */
    @Transactional(readOnly = true)
    public boolean expiresBeforePublishing(long id) {
        access.requireEditorial();
        Article article = load(id);
        Instant expireAt = pendingOf(article).map(p -> p.draft().expireAt()).orElse(article.expireAt());
        return expireAt != null && !expireAt.isAfter(clock.instant());
    }

    /** Asks for review in a column without editorial review; a reviewed column's articles go through {@link ArticleReview}. */
    @Transactional
    public void submitForReview(long id) {
        requireUnreviewedColumn(id, "review.error.submitThroughReview");
        change(id, "submitted", null, Article::submitForReview);
    }

    /** Sends a pending article back; one in editorial review is returned by its reviewer, with a comment. */
    @Transactional
    public void returnToDraft(long id) {
        if (reviewStore.status(id).filter(ReviewStatus::inReview).isPresent()) {
            throw RuleViolation.of("review.error.returnThroughReview");
        }
        change(id, "returned", null, Article::returnToDraft);
    }

    /**
     * Publishes now, or at the article's publish time if that is later (scheduled); a published article's pending
     * revision is published. Refused in a column with editorial review, whose articles and revisions are published by
     * their last approval (for a revision, the review of either its own column or the article's).
     */
    @Transactional
    public void publish(long id) {
        access.requireEditorial();
        Article article = load(id);
        Optional<PendingRevision> pending = pendingOf(article);
        if (reviews.forPublishing(article.columnId(), pending.map(p -> p.draft().columnId()).orElse(null)).reviewed()) {
            throw RuleViolation.of(pending.isPresent() ? "review.error.publishRevisionThroughReview"
                    : "review.error.publishThroughReview");
        }
        publishReviewed(id);
    }

    /** Puts an article under review (the review's own record is {@link ArticleReview}'s). */
    void enterReview(long id) {
        change(id, "submitted", null, Article::submitForReview);
    }

    /** Returns an article under review to its author; the note says at which level and why. */
    void returnFromReview(long id, String note) {
        change(id, note, null, Article::returnToDraft);
    }

    /**
     * Publishes as {@link #publish} does, for the last approval of a review (which is then over) or directly. A
     * published article with a pending revision takes the revision's content instead, in this transaction, and is
     * announced again. A review still open (an article returned before its column stopped reviewing) ends.
     */
    void publishReviewed(long id) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        reviewStore.endOpen(id);
        Optional<PendingRevision> pending = pendingOf(article);
        if (pending.isPresent()) {
            Instant now = clock.instant();
            revise(article, pending.get().draft(), actor.username(), now);
            revisions.remove(id);
            journal.record(article, "revised", actor.username(), now);
        } else {
            change(id, "published", null, Article::publish);
        }
        events.publishEvent(new ArticlePublished(id));
    }

    private void requireUnreviewedColumn(long id, String refusal) {
        if (reviews.of(load(id).columnId()).reviewed()) {
            throw RuleViolation.of(refusal);
        }
    }

    /**
     * Takes the article off the site, for a reason kept in its history. A pending revision becomes the (now
     * unpublished) article's content, as any edit of an unpublished article does.
     */
    @Transactional
    public void withdraw(long id, String reason) {
        Actor actor = access.requireEditorial();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("reason", "article.error.reasonRequired");
        }
        if (why.length() > 500) {
            throw new RuleViolation("reason", "article.error.tooLong", 500);
        }
        Article article = load(id);
        Optional<PendingRevision> pending = pendingOf(article);
        if (pending.isPresent()) {
            Instant now = clock.instant();
            revise(article, pending.get().draft(), actor.username(), now);
            revisions.remove(id);
            reviewStore.endOpen(id);
            journal.record(article, "edited", actor.username(), now);
        }
        change(id, "withdrawn", why, Article::withdraw);
        events.publishEvent(new ArticleWithdrawn(id));
    }

    /** Whether the article may be deleted: a draft that was never published, or a withdrawn article. */
    @Transactional(readOnly = true)
    public boolean isDeletable(long id) {
        access.requireEditorial();
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM article WHERE id = :id AND status = 'WITHDRAWN')
                            OR (EXISTS (SELECT 1 FROM article WHERE id = :id AND status = 'DRAFT')
                                AND NOT EXISTS (SELECT 1 FROM article_revision WHERE article_id = :id AND status = 'PUBLISHED'))""")
                .param("id", id).query(Boolean.class).single();
    }

    /**
     * Deletes a draft that was never published or a withdrawn article, with its history; through the entity, so it
     * also leaves the search index. Its files stay in the store. A deleted article's address answers "gone".
     */
    @Transactional
    public void delete(long id) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        if (!isDeletable(id)) {
            throw RuleViolation.of("article.error.notDeletable");
        }
        boolean wasPublished = article.status() == ArticleStatus.WITHDRAWN;
        articles.delete(article);
        articles.flush();
        if (wasPublished) {
            jdbc.sql("INSERT INTO article_deleted (article_id, deleted_by, deleted_at) VALUES (:id, :by, :at)")
                    .param("id", id).param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        }
    }

    /** Moves the article to another state through the entity and records the move in its history. */
    private void change(long id, String note, String reason, StateChange change) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        Instant now = clock.instant();
        change.apply(article, actor.username(), now);
        articles.flush();
        journal.record(article, note, reason, actor.username(), now);
    }

    @FunctionalInterface
    private interface StateChange {
        void apply(Article article, String by, Instant at);
    }

    Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("article.error.unknown", id));
    }

    /**
     * Checks the draft as a whole (for a new article, {@code articleId} is null; {@code withCover}: it will have a cover,
     * which then needs its own description) and answers its sanitized body.
     */
    private String checked(ArticleDraft draft, Long articleId, boolean withCover) {
        List<RuleViolation> problems = new ArrayList<>();
        try {
            publishing.check(draft);
        } catch (RuleViolations violations) {
            problems.addAll(violations.violations());
        }
        limit(problems, "subtitle", draft.subtitle(), 200);
        limit(problems, "source", draft.source(), 100);
        limit(problems, "author", draft.author(), 100);
        limit(problems, "summary", draft.summary(), 500);
        limit(problems, "keywords", draft.keywords(), 200);
        limit(problems, "coverAlt", draft.coverAlt(), 200);
        if (withCover && (draft.coverAlt() == null || draft.coverAlt().isBlank())) {
            problems.add(new RuleViolation("coverAlt", "article.error.coverAlt"));
        }
        String body = RichText.sanitize(draft.bodyHtml());
        Matcher image = IMAGE.matcher(body);
        while (image.find()) {
            Matcher alt = ALT.matcher(image.group());
            if (!alt.find() || alt.group(1).isBlank()) {
                problems.add(new RuleViolation("bodyHtml", "article.error.imageAlt"));
                break;
            }
        }
        RuleViolation foreignPicture = pictures.checkWritten(articleId, body);
        if (foreignPicture != null) {
            problems.add(foreignPicture);
        }
        RuleViolations.throwIfAny(problems);
        return body;
    }

    private static void limit(List<RuleViolation> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new RuleViolation(field, "article.error.tooLong", max));
        }
    }

    /** A new cover, or one the current user holds from an earlier try of the form; without one, the current. */
    private UUID storeCover(Upload cover, UUID current) {
        if (cover == null) {
            return current;
        }
        return files.store(cover, FilePolicy.IMAGES, "cover").id();
    }

    private List<UUID> storeAttachments(List<Upload> uploads) {
        List<UUID> stored = new ArrayList<>();
        if (uploads != null) {
            for (Upload upload : uploads) {
                if (upload != null) {
                    stored.add(files.store(upload, FilePolicy.DOCUMENTS, "files").id());
                }
            }
        }
        return stored;
    }

    private List<UUID> currentAttachments(long id) {
        return jdbc.sql("SELECT file_id FROM article_attachment WHERE article_id = :id ORDER BY position")
                .param("id", id).query(UUID.class).list();
    }

    private static ArticleDraft withBody(ArticleDraft draft, String safeBody) {
        return new ArticleDraft(draft.columnId(), draft.title(), draft.subtitle(), draft.source(), draft.author(),
                draft.summary(), draft.keywords(), safeBody, draft.coverFileId(), draft.coverAlt(), draft.publishAt(),
                draft.expireAt(), draft.attachments());
    }

    private static ArticleDraft withFiles(ArticleDraft draft, UUID cover, List<UUID> attachments) {
        Set<UUID> unique = new LinkedHashSet<>(attachments);
        return new ArticleDraft(draft.columnId(), draft.title(), draft.subtitle(), draft.source(), draft.author(),
                draft.summary(), draft.keywords(), draft.bodyHtml(), cover, draft.coverAlt(), draft.publishAt(), draft.expireAt(),
                List.copyOf(unique));
    }
}
