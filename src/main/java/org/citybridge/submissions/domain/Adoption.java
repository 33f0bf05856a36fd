package org.citybridge.submissions.domain;

/**
 * How the secretariat publishes an adopted report: the column and the article as edited; a blank title or body takes
 * the report's, a blank source the city's government (e.g. 成都市人民政府), a blank author the liaison who wrote it.
 */
public record Adoption(Long columnId, String title, String bodyHtml, String source, String author, String opinion) {
}
