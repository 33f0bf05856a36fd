package org.citybridge.submissions;

import java.util.List;

/** What a liaison's home page shows as 待处理 about reports: those returned to the city or recently not adopted. */
public interface SubmissionNotices {

    /** How far back a rejection is still shown. */
    int REJECTED_SHOWN_DAYS = 30;

    /**
     * For a liaison: the city's returned reports and those rejected in the last {@link #REJECTED_SHOWN_DAYS} days,
     * latest change first; for anyone else nothing.
     */
    List<SubmissionSummary> forCurrentActor();
}
