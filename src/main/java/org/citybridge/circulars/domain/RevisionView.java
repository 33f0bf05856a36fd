package org.citybridge.circulars.domain;

import java.time.Instant;
import java.util.List;

/** One step of a circular's history: issued, corrected (with what changed) or withdrawn. */
public record RevisionView(int revision, String kind, String note, String title, String bodyHtml, Instant deadline,
                           List<Change> changes, String changedBy, Instant changedAt) {
}
