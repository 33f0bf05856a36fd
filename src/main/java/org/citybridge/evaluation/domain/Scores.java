package org.citybridge.evaluation.domain;

import java.util.List;
import java.util.Map;

import org.citybridge.evaluation.CityScore;
import org.citybridge.evaluation.EvidenceItem;
import org.citybridge.evaluation.LiaisonScore;

/** A year's scores: cities and liaisons ranked best first, and the evidence behind each city's, by city code. */
public record Scores(List<CityScore> cities, List<LiaisonScore> liaisons, Map<String, List<EvidenceItem>> evidence) {

    public List<EvidenceItem> evidenceOf(String cityCode) {
        return evidence.getOrDefault(cityCode, List.of());
    }
}
