package org.citybridge.evaluation.api;

import java.util.List;

import org.citybridge.evaluation.CityEvaluation;
import org.citybridge.evaluation.CityScore;
import org.citybridge.evaluation.LiaisonScore;
import org.citybridge.evaluation.ScoresBy;
import org.citybridge.evaluation.domain.EvaluationScores;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A year's scores and a city's evidence for scripts and other systems; the same scope as the back office. */
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationApiController {

    private final EvaluationScores scores;

    EvaluationApiController(EvaluationScores scores) {
        this.scores = scores;
    }

    /** Scores by city or by liaison, ranked best first. */
    record ScoresResponse(int year, ScoresBy by, String province, List<CityScore> cities, List<LiaisonScore> liaisons) {
    }

    @GetMapping("/{year}/scores")
    ScoresResponse scores(@PathVariable int year, @RequestParam(defaultValue = "city") ScoresBy by,
                          @RequestParam(required = false) String province) {
        return switch (by) {
            case city -> new ScoresResponse(year, by, province, scores.cities(year, province), null);
            case liaison -> new ScoresResponse(year, by, province, null, scores.liaisons(year, province));
        };
    }

    @GetMapping("/{year}/cities/{code}/evidence")
    CityEvaluation evidence(@PathVariable int year, @PathVariable String code) {
        return scores.city(year, code);
    }
}
