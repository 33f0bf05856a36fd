package org.citybridge.submissions.domain;

import java.util.EnumSet;
import java.util.Map;

import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citybridge.submissions.ReviewAction.ADOPT;
import static org.citybridge.submissions.ReviewAction.REJECT;
import static org.citybridge.submissions.ReviewAction.RETURN;
import static org.citybridge.submissions.ReviewAction.SUBMIT;
import static org.citybridge.submissions.SubmissionStatus.ADOPTED;
import static org.citybridge.submissions.SubmissionStatus.DRAFT;
import static org.citybridge.submissions.SubmissionStatus.REJECTED;
import static org.citybridge.submissions.SubmissionStatus.RETURNED;
import static org.citybridge.submissions.SubmissionStatus.SUBMITTED;

/** Every status × every action: the legal moves land where the diagram says, everything else is refused. */
class SubmissionLifecycleTest {

    private static final Map<SubmissionStatus, Map<ReviewAction, SubmissionStatus>> LEGAL = Map.of(
            DRAFT, Map.of(SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(RETURN, RETURNED, REJECT, REJECTED, ADOPT, ADOPTED),
            RETURNED, Map.of(SUBMIT, SUBMITTED),
            REJECTED, Map.of(),
            ADOPTED, Map.of());

    @ParameterizedTest
    @EnumSource(SubmissionStatus.class)
    void everyActionInEveryStatusIsEitherTheDiagramsMoveOrRefused(SubmissionStatus from) {
        for (ReviewAction action : ReviewAction.values()) {
            SubmissionStatus expected = LEGAL.get(from).get(action);
            if (expected != null) {
                assertThat(SubmissionLifecycle.next(from, action, "意见")).as(from + " " + action).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> SubmissionLifecycle.next(from, action, "意见")).as(from + " " + action)
                        .isInstanceOfSatisfying(RuleViolation.class, v -> {
                            assertThat(v.messageKey()).isEqualTo(SubmissionLifecycle.ILLEGAL);
                            assertThat(v.args()).hasSize(2);
                        });
            }
        }
        assertThat(SubmissionLifecycle.legalActions(from)).isEqualTo(LEGAL.get(from).isEmpty()
                ? EnumSet.noneOf(ReviewAction.class) : EnumSet.copyOf(LEGAL.get(from).keySet()));
    }

    @Test
    void returnAndRejectNeedAnOpinionAdoptAndSubmitDoNot() {
        for (ReviewAction action : new ReviewAction[]{RETURN, REJECT}) {
            for (String blank : new String[]{null, "", "   "}) {
                assertThatThrownBy(() -> SubmissionLifecycle.next(SUBMITTED, action, blank))
                        .isInstanceOfSatisfying(RuleViolation.class, v -> {
                            assertThat(v.messageKey()).isEqualTo(SubmissionLifecycle.OPINION_REQUIRED);
                            assertThat(v.field()).isEqualTo("opinion");
                        });
            }
        }
        assertThat(SubmissionLifecycle.next(SUBMITTED, ADOPT, null)).isEqualTo(ADOPTED);
        assertThat(SubmissionLifecycle.next(DRAFT, SUBMIT, null)).isEqualTo(SUBMITTED);
        assertThat(SubmissionLifecycle.next(RETURNED, SUBMIT, null)).isEqualTo(SUBMITTED);
    }

    @Test
    void anOverlongOpinionAndAMissingActionAreRefused() {
        assertThatThrownBy(() -> SubmissionLifecycle.next(SUBMITTED, RETURN, "长".repeat(SubmissionLifecycle.MAX_OPINION + 1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("submission.error.tooLong"));
        assertThatThrownBy(() -> SubmissionLifecycle.next(SUBMITTED, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(SubmissionLifecycle.ILLEGAL));
    }

    @Test
    void onlyDraftsAndReturnedReportsAreEditable() {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            if (status == DRAFT || status == RETURNED) {
                SubmissionLifecycle.requireEditable(status);
            } else {
                assertThatThrownBy(() -> SubmissionLifecycle.requireEditable(status)).as(status.name())
                        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("submission.error.notEditable"));
            }
        }
    }
}
