package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.citybridge.portal.ArticleStatus;
import org.citybridge.portal.domain.ReviewLifecycle.Outcome;
import org.citybridge.portal.domain.ReviewLifecycle.Reviewer;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editorial review of an article (初审 / 复审 / 终审) in a column that asks for it ({@link ColumnReviews}): the author
 * submits, each level's reviewer approves or returns it with a comment, the last approval publishes it through the
 * usual publishing path. A published article's pending revision is reviewed the same way while readers keep the live
 * version: its status stays, the last approval publishes the revision, a return leaves it pending with the comment.
 * Every step is in the article's history and in the review's own decisions; each level's reviewers are told by mail.
 * In a column without review, submitting is what it always was.
 */
@Service
public class ArticleReview {

    static final int MAX_COMMENT = 2000;

    private final ArticleRepository articles;
    private final ArticleEditing editing;
    private final ArticleJournal journal;
    private final ColumnReviews columns;
    private final ReviewStore store;
    private final ReviewMail mail;
    private final PortalAccess access;
    private final PortalQueries queries;
    private final PendingRevisions revisions;
    private final Clock clock;

    ArticleReview(ArticleRepository articles, ArticleEditing editing, ArticleJournal journal, ColumnReviews columns,
                  ReviewStore store, ReviewMail mail, PortalAccess access, PortalQueries queries, PendingRevisions revisions,
                  Clock clock) {
        this.revisions = revisions;
        this.articles = articles;
        this.editing = editing;
        this.journal = journal;
        this.columns = columns;
        this.store = store;
        this.mail = mail;
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Whether the article may be submitted for review now, not being under review already: a draft, a withdrawn
     * article, or, where review applies, a published article's pending revision.
     */
    @Transactional(readOnly = true)
    public boolean maySubmit(long id) {
        access.requireEditorial();
        Article article = load(id);
        boolean state = article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.WITHDRAWN
                || revisionOf(article).isPresent() && reviewOf(article).reviewed();
        return state && store.status(id).filter(ReviewStatus::inReview).isEmpty();
    }

    /**
     * 提交审核: in a reviewed column the article (or its pending revision, the article staying as readers see it)
     * waits at 初审 and its reviewers are told; elsewhere as before.
     */
    @Transactional
    public void submit(long id) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        ColumnReview review = reviewOf(article);
        if (!review.reviewed()) {
            editing.submitForReview(id);
            return;
        }
        if (!maySubmit(id)) {
            throw RuleViolation.of("article.error.transition", article.status().name());
        }
        Instant now = clock.instant();
        if (revisionOf(article).isPresent()) {
            journal.record(article, "revision-submitted", actor.username(), now);
        } else {
            editing.enterReview(id);
        }
        store.open(id, review.levels(), actor.username(), now);
        notifyReviewers(article, review, 1);
    }

    /** The review the article's publication goes through now (for a pending revision, see {@link ColumnReviews#forPublishing}). */
    @Transactional(readOnly = true)
    public ColumnReview reviewOf(long id) {
        access.requireEditorial();
        return reviewOf(load(id));
    }

    /** 通过 at the article's current level: on to the next level, or, at the last, published. */
    @Transactional
    public void approve(long id) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        ReviewStatus review = inReview(id);
        ColumnReview column = reviewOf(article);
        String refusal = ReviewLifecycle.refusalToApprove(reviewer(actor, article, review, column));
        refuse(refusal);
        Instant now = clock.instant();
        store.approved(review, actor.username(), now);
        journal.record(article, "approved-" + review.currentLevel(), actor.username(), now);
        if (ReviewLifecycle.approve(review.levels(), review.currentLevel()) == Outcome.NEXT_LEVEL) {
            notifyReviewers(article, column, review.currentLevel() + 1);
        } else {
            editing.publishReviewed(id);
        }
    }

    /**
     * 退回 to the author, with the comment they will read: an article as a draft; a pending revision stays pending
     * (readers keep the live version), marked returned.
     */
    @Transactional
    public void returnToAuthor(long id, String comment) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        ReviewStatus review = inReview(id);
        refuse(ReviewLifecycle.refusalToReturn(reviewer(actor, article, review, reviewOf(article))));
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("comment", "review.error.commentRequired");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw new RuleViolation("comment", "review.error.commentTooLong", MAX_COMMENT);
        }
        Instant now = clock.instant();
        store.returned(review, comment.strip(), actor.username(), now);
        String note = "review-returned-" + review.currentLevel() + ":" + comment.strip();
        if (revisionOf(article).isPresent()) {
            journal.record(article, note, actor.username(), now);
        } else {
            editing.returnFromReview(id, note);
        }
    }

    /** Whether the signed-in editor may approve the article at its current level now. */
    @Transactional(readOnly = true)
    public boolean mayApprove(long id) {
        return allowed(id, ReviewLifecycle::refusalToApprove);
    }

    /** Whether the signed-in editor may return the article to its author now. */
    @Transactional(readOnly = true)
    public boolean mayReturn(long id) {
        return allowed(id, ReviewLifecycle::refusalToReturn);
    }

    private boolean allowed(long id, Function<Reviewer, String> rule) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        return store.status(id).filter(ReviewStatus::inReview)
                .map(review -> rule.apply(reviewer(actor, article, review, reviewOf(article))) == null)
                .orElse(false);
    }

    private ReviewStatus inReview(long id) {
        ReviewStatus review = store.lock(id).orElseThrow(() -> RuleViolation.of("review.error.notInReview"));
        if (!review.inReview()) {
            throw RuleViolation.of("review.error.notInReview");
        }
        return review;
    }

    private Reviewer reviewer(Actor actor, Article article, ReviewStatus review, ColumnReview column) {
        String me = actor.username().toLowerCase(Locale.ROOT);
        boolean author = me.equalsIgnoreCase(article.createdBy()) || me.equalsIgnoreCase(review.submittedBy());
        boolean approvedBefore = store.approvers(article.id(), review.round()).contains(me);
        return new Reviewer(actor.role() == Role.ADMIN, column.reviewersAt(review.currentLevel()).contains(me), author,
                column.authorMayReview(), approvedBefore);
    }

    /** Not a reviewer of the level: 403; anything else a reviewer may not do: a refusal with its reason. */
    private static void refuse(String refusal) {
        if ("review.error.notReviewer".equals(refusal)) {
            throw new AccessDeniedException("not a reviewer of this level");
        }
        if (refusal != null) {
            throw RuleViolation.of(refusal);
        }
    }

    /** Tells the level's reviewers, naming what they review: the article, or its pending revision's title. */
    private void notifyReviewers(Article article, ColumnReview column, int level) {
        String title = revisionOf(article).map(p -> p.draft().title().strip()).orElse(article.title());
        mail.waiting(article.id(), title, queries.column(column.columnId()).path(), level, column.reviewersAt(level));
    }

    /** The pending revision of a published article; others have none. */
    private Optional<PendingRevision> revisionOf(Article article) {
        return article.status() == ArticleStatus.PUBLISHED ? revisions.find(article.id()) : Optional.empty();
    }

    private ColumnReview reviewOf(Article article) {
        return columns.forPublishing(article.columnId(), revisionOf(article).map(p -> p.draft().columnId()).orElse(null));
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("article.error.unknown", id));
    }
}
