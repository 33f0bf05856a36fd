package org.citybridge.portal.domain;

import org.citybridge.portal.domain.ReviewLifecycle.Outcome;
import org.citybridge.portal.domain.ReviewLifecycle.Reviewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review's transitions and who may decide, without Spring. */
class ReviewLifecycleTest {

    @Test
    void anApprovalMovesOnUntilTheLastLevelWhichPublishes() {
        assertThat(ReviewLifecycle.approve(1, 1)).isEqualTo(Outcome.PUBLISH);
        assertThat(ReviewLifecycle.approve(2, 1)).isEqualTo(Outcome.NEXT_LEVEL);
        assertThat(ReviewLifecycle.approve(2, 2)).isEqualTo(Outcome.PUBLISH);
        assertThat(ReviewLifecycle.approve(3, 2)).isEqualTo(Outcome.NEXT_LEVEL);
        assertThat(ReviewLifecycle.approve(3, 3)).isEqualTo(Outcome.PUBLISH);
        assertThatThrownBy(() -> ReviewLifecycle.approve(2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewLifecycle.approve(4, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLevelsReviewerOrAnAdministratorDecides() {
        assertThat(ReviewLifecycle.refusalToApprove(new Reviewer(false, true, false, false, false))).isNull();
        assertThat(ReviewLifecycle.refusalToApprove(new Reviewer(true, false, false, false, false))).isNull();
        assertThat(ReviewLifecycle.refusalToApprove(new Reviewer(false, false, false, false, false))).isEqualTo("review.error.notReviewer");
        assertThat(ReviewLifecycle.refusalToReturn(new Reviewer(false, false, false, false, false))).isEqualTo("review.error.notReviewer");
    }

    @Test
    void theAuthorReviewsTheirOwnArticleOnlyWhereTheColumnAllowsIt() {
        assertThat(ReviewLifecycle.refusalToApprove(new Reviewer(false, true, true, false, false))).isEqualTo("review.error.ownArticle");
        assertThat(ReviewLifecycle.refusalToReturn(new Reviewer(true, false, true, false, false))).isEqualTo("review.error.ownArticle");
        assertThat(ReviewLifecycle.refusalToApprove(new Reviewer(false, true, true, true, false))).isNull();
    }

    @Test
    void nobodyApprovesTwoLevelsOfOneSubmissionButMayStillReturnIt() {
        assertThat(ReviewLifecycle.refusalToApprove(new Reviewer(true, true, false, false, true))).isEqualTo("review.error.twice");
        assertThat(ReviewLifecycle.refusalToReturn(new Reviewer(true, true, false, false, true))).isNull();
    }
}
