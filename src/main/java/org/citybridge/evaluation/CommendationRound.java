package org.citybridge.evaluation;

import java.time.Instant;

/**
 * A year's commendation (表彰): its settings and where it stands. The list is proposed while PROPOSING, shown to the
 * public in a notice (公示) on the portal while NOTICE, and fixed once DECIDED.
 *
 * @param quota          how many are proposed: nationwide, or in each province when {@code perProvince}
 * @param noticeDays     the working days the notice runs (Monday to Friday; holidays not known)
 * @param noticeUntil    when the notice leaves the portal: the start of the day after its last working day
 */
public record CommendationRound(int year, Status status, int quota, boolean perProvince, String honour,
                                String certificatePrefix, Integer noticeDays, Long noticeColumnId, Long noticeArticleId,
                                Instant noticeFrom, Instant noticeUntil, String noticedBy, String decidedBy,
                                Instant decidedAt) {

    public static final int DEFAULT_QUOTA = 10;
    public static final String DEFAULT_HONOUR = "优秀联络员";
    public static final String DEFAULT_PREFIX = "市协联证";

    public enum Status {
        PROPOSING, NOTICE, DECIDED
    }

    public static CommendationRound start(int year) {
        return new CommendationRound(year, Status.PROPOSING, DEFAULT_QUOTA, false, DEFAULT_HONOUR, DEFAULT_PREFIX, null,
                null, null, null, null, null, null, null);
    }

    /** Whether the notice is on the portal at this instant. */
    public boolean noticeRunning(Instant now) {
        return status == Status.NOTICE && now.isBefore(noticeUntil);
    }
}
