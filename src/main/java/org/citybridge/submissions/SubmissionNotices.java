package org.citybridge.submissions;

import java.util.List;
import java.util.Optional;

/** What a liaison's home page shows as 待处理 about reports: those returned to the city or recently not adopted. */
public interface SubmissionNotices {

    /** How far back a rejection is still shown. */
    int REJECTED_SHOWN_DAYS = 30;

    /**
     * For a liaison: the city's returned reports and those rejected in the last {@link #REJECTED_SHOWN_DAYS} days,
     * latest change first (perhaps none); empty for anyone else, who writes no reports.
     */
    Optional<List<SubmissionSummary>> forCurrentActor();
}
