package org.citybridge.evaluation;

import java.util.List;

/** A city's year as its scorecard shows it: the score, every piece of evidence, the manual points and the opinion. */
public record CityEvaluation(EvaluationYearView year, CityScore score, List<EvidenceItem> evidence,
                             List<Adjustment> adjustments, OpinionView opinion) {

    public List<EvidenceItem> evidenceFor(IndicatorKind kind) {
        return evidence.stream().filter(e -> e.indicator() == kind).toList();
    }
}
