package org.citybridge.submissions.domain;

import java.util.EnumSet;
import java.util.Set;

import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.citybridge.submissions.SubmissionStatus.ADOPTED;
import static org.citybridge.submissions.SubmissionStatus.DRAFT;
import static org.citybridge.submissions.SubmissionStatus.REJECTED;
import static org.citybridge.submissions.SubmissionStatus.RETURNED;
import static org.citybridge.submissions.SubmissionStatus.SUBMITTED;

/**
 * The life of a report, without any storage:
 * <pre>
 * (new) --create--> DRAFT --submit--> SUBMITTED --adopt--> ADOPTED
 *                                     SUBMITTED --reject--> REJECTED
 *                                     SUBMITTED --return--> RETURNED --submit--> SUBMITTED
 * </pre>
 * The city edits its report only as a draft or after a return. A return and a rejection need an opinion. Anything
 * else is refused with {@code submission.error.illegalTransition} naming the current status and the attempted action.
 */
public final class SubmissionLifecycle {

    public static final String ILLEGAL = "submission.error.illegalTransition";
    public static final String OPINION_REQUIRED = "submission.error.opinionRequired";
    public static final int MAX_OPINION = 4000;

    private SubmissionLifecycle() {
    }

    /** The status after {@code action}, or a refusal; {@code opinion} is the reviewer's text that goes with it. */
    public static SubmissionStatus next(SubmissionStatus current, ReviewAction action, String opinion) {
        SubmissionStatus to = action == null ? null : target(current, action);
        if (to == null) {
            throw illegal(current, action);
        }
        if (needsOpinion(action) && (opinion == null || opinion.isBlank())) {
            throw new RuleViolation("opinion", OPINION_REQUIRED, label("submission.action." + action.name()));
        }
        if (opinion != null && opinion.length() > MAX_OPINION) {
            throw new RuleViolation("opinion", "submission.error.tooLong", MAX_OPINION);
        }
        return to;
    }

    /** The city may change the report's title, kind, body and attachments only in these states. */
    public static void requireEditable(SubmissionStatus current) {
        if (!current.editable()) {
            throw new RuleViolation(null, "submission.error.notEditable", label("submission.status." + current.name()));
        }
    }

    /** The actions that are legal in a state, whoever may take them. */
    public static Set<ReviewAction> legalActions(SubmissionStatus current) {
        Set<ReviewAction> legal = EnumSet.noneOf(ReviewAction.class);
        for (ReviewAction action : ReviewAction.values()) {
            if (target(current, action) != null) {
                legal.add(action);
            }
        }
        return legal;
    }

    private static boolean needsOpinion(ReviewAction action) {
        return action == ReviewAction.RETURN || action == ReviewAction.REJECT;
    }

    public static RuleViolation illegal(SubmissionStatus current, ReviewAction action) {
        Object actionLabel = action == null ? "?" : label("submission.action." + action.name());
        return new RuleViolation("action", ILLEGAL, label("submission.status." + current.name()), actionLabel);
    }

    private static SubmissionStatus target(SubmissionStatus current, ReviewAction action) {
        return switch (action) {
            case SUBMIT -> current == DRAFT || current == RETURNED ? SUBMITTED : null;
            case RETURN -> current == SUBMITTED ? RETURNED : null;
            case REJECT -> current == SUBMITTED ? REJECTED : null;
            case ADOPT -> current == SUBMITTED ? ADOPTED : null;
            case CREATE -> null;
        };
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[]{code}, code);
    }
}
