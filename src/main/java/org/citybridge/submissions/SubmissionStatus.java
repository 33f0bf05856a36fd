package org.citybridge.submissions;

/** Where a report stands; see {@code SubmissionLifecycle} for the moves between them. */
public enum SubmissionStatus {
    /** Written by the city, not yet sent; only the city sees it. */
    DRAFT,
    /** Waiting for the secretariat's review. */
    SUBMITTED,
    /** Sent back with an opinion (退回修改): the city may revise and submit it again. */
    RETURNED,
    /** Not adopted (不予采用), with an opinion; final. */
    REJECTED,
    /** Adopted (采用) and published into a portal column; final. */
    ADOPTED;

    /** The city may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
