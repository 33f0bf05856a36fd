package org.citybridge.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/** One published version of the Liaison Work Measures (《联络工作办法》) and its article on the portal. */
public record MeasuresView(long id, String versionLabel, String title, String bodyHtml, LocalDate effectiveOn,
                           long columnId, long articleId, String publishedBy, Instant publishedAt) {
}
