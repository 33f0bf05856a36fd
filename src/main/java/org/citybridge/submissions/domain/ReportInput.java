package org.citybridge.submissions.domain;

import org.citybridge.submissions.SubmissionKind;

/** What the city writes: title, kind and body (rich text, sanitized on save). */
public record ReportInput(String title, SubmissionKind kind, String bodyHtml) {
}
