package org.citybridge.submissions;

import java.time.Instant;

import org.citybridge.shared.HistoryStep;

/** One step of a report's history as the city and the secretariat see it. */
public record ReviewEntry(long id, ReviewAction action, SubmissionStatus fromStatus, SubmissionStatus toStatus,
                          String opinion, String actor, Instant at, Long articleId) implements HistoryStep {

    @Override
    public String actionKey() {
        return "submission.action." + action.name();
    }

    @Override
    public String stateKey() {
        return "submission.status." + toStatus.name();
    }

    @Override
    public String remark() {
        return opinion;
    }
}
