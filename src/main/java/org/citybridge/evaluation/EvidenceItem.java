package org.citybridge.evaluation;

import java.time.LocalDate;

/**
 * One piece of work behind an indicator of a city's score.
 *
 * @param sourceId           the circular, task, report, event or confirmation (see {@link EvidenceSource})
 * @param itemId             the city's own record of it: the circular's copy, the task's assignment; else the source id
 * @param on                 the day of the work (the reply, the completion, the submission, the event), which decides
 *                           whom it is credited to
 * @param creditedPersonId   the primary liaison in post that day; null when nobody was (credited to the city only)
 */
public record EvidenceItem(IndicatorKind indicator, EvidenceSource source, long sourceId, long itemId, String cityCode,
                           String title, LocalDate on, Outcome outcome, EvidenceReason reason, Long creditedPersonId,
                           String creditedPersonName) {
}
