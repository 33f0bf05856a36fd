package org.citybridge.evaluation;

import java.util.List;
import java.util.Optional;

/** A city's year as its scorecard shows it: the score, every piece of evidence, the manual points and the opinion. */
public record CityEvaluation(EvaluationYearView year, CityScore score, List<EvidenceItem> evidence,
                             List<Adjustment> adjustments, OpinionView opinion) {

    public List<EvidenceItem> evidenceFor(IndicatorKind kind) {
        return evidence.stream().filter(e -> e.indicator() == kind).toList();
    }

    /** The piece of evidence a source and the city's item name, counted for the indicator if one is given. */
    public Optional<EvidenceItem> evidence(EvidenceSource source, long itemId, IndicatorKind indicator) {
        return evidence.stream().filter(e -> e.source() == source && e.itemId() == itemId
                && (indicator == null || e.indicator() == indicator)).findFirst();
    }
}
