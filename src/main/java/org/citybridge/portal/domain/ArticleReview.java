package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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
 * usual publishing path. Every step is in the article's history and in the review's own decisions; each level's
 * reviewers are told by mail. In a column without review, submitting is what it always was.
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
    private final Clock clock;

    ArticleReview(ArticleRepository articles, ArticleEditing editing, ArticleJournal journal, ColumnReviews columns,
                  ReviewStore store, ReviewMail mail, PortalAccess access, PortalQueries queries, Clock clock) {
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
     * Whether the article may be submitted for review now: a draft or a withdrawn article not already under review.
     * (The one place to widen when a published article's pending revision is reviewed too.)
     */
    @Transactional(readOnly = true)
    public boolean maySubmit(long id) {
        access.requireEditorial();
        Article article = load(id);
        boolean state = article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.WITHDRAWN;
        return state && store.status(id).filter(ReviewStatus::inReview).isEmpty();
    }

    /** 提交审核: in a reviewed column the article waits at 初审 and its reviewers are told; elsewhere as before. */
    @Transactional
    public void submit(long id) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        ColumnReview review = columns.of(article.columnId());
        if (!review.reviewed()) {
            editing.submitForReview(id);
            return;
        }
        if (!maySubmit(id)) {
            throw RuleViolation.of("article.error.transition", article.status().name());
        }
        editing.enterReview(id);
        store.open(id, review.levels(), actor.username(), clock.instant());
        notifyReviewers(article, review, 1);
    }

    /** 通过 at the article's current level: on to the next level, or, at the last, published. */
    @Transactional
    public void approve(long id) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        ReviewStatus review = inReview(id);
        ColumnReview column = columns.of(article.columnId());
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

    /** 退回 to the author as a draft, with the comment they will read. */
    @Transactional
    public void returnToAuthor(long id, String comment) {
        Actor actor = access.requireEditorial();
        Article article = load(id);
        ReviewStatus review = inReview(id);
        refuse(ReviewLifecycle.refusalToReturn(reviewer(actor, article, review, columns.of(article.columnId()))));
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("comment", "review.error.commentRequired");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw new RuleViolation("comment", "review.error.commentTooLong", MAX_COMMENT);
        }
        store.returned(review, comment.strip(), actor.username(), clock.instant());
        editing.returnFromReview(id, "review-returned-" + review.currentLevel() + ":" + comment.strip());
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
                .map(review -> rule.apply(reviewer(actor, article, review, columns.of(article.columnId()))) == null)
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

    private void notifyReviewers(Article article, ColumnReview column, int level) {
        mail.waiting(article.id(), article.title(), queries.column(article.columnId()).path(), level, column.reviewersAt(level));
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("article.error.unknown", id));
    }
}
