package org.citybridge.evaluation;

/** Why a piece of work counts as it does; shown as the message {@code evaluation.reason.<NAME>}. */
public enum EvidenceReason {
    REPLIED_ON_TIME, REPLIED_LATE,
    /** Replied by the deadline, then reopened and replied again after it: the reply that stands is late. */
    REPLIED_LATE_AFTER_REOPENING,
    NOT_REPLIED,
    READ_IN_TIME, READ_LATE, NOT_READ,
    COMPLETED, COMPLETED_ON_TIME, COMPLETED_LATE, NOT_COMPLETED,
    SUBMITTED, ADOPTED, NOT_ADOPTED, PUBLISHED, NOT_PUBLISHED,
    CHECKED_IN, REGISTERED_NOT_CHECKED_IN, NO_DELEGATION,
    CONFIRMED,
    WITHDRAWN, CANCELLED, BEFORE_JOINING
}
