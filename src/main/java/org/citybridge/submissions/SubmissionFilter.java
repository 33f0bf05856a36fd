package org.citybridge.submissions;

import java.time.LocalDate;

/** The review queue's filters; null means any. The period is on the date it was (last) submitted. */
public record SubmissionFilter(SubmissionStatus status, String city, String province, SubmissionKind kind,
                               LocalDate from, LocalDate to) {
}
