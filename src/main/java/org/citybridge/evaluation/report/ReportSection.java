package org.citybridge.evaluation.report;

/**
 * A narrative section of a year's work report, its body sanitized rich text.
 *
 * @param id null for a default section not yet written down
 */
public record ReportSection(Long id, int position, String title, String bodyHtml) {
}
