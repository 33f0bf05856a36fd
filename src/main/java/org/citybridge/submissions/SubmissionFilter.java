package org.citybridge.submissions;

import java.time.LocalDate;

/**
 * The review queue's filters; null means any. The period {@code from}–{@code to} is on the date a report was (last)
 * submitted, {@code decidedFrom}–{@code decidedTo} on the date it was adopted or rejected.
 */
public record SubmissionFilter(SubmissionStatus status, String city, String province, SubmissionKind kind,
                               LocalDate from, LocalDate to, LocalDate decidedFrom, LocalDate decidedTo) {
}
