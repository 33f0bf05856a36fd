package org.citybridge.evaluation.domain;

import java.time.Clock;
import java.util.List;

import org.citybridge.evaluation.Adjustment;
import org.citybridge.evaluation.CityEvaluation;
import org.citybridge.evaluation.CityScore;
import org.citybridge.evaluation.EvaluationYearView;
import org.citybridge.evaluation.LiaisonScore;
import org.citybridge.shared.Actor;
import org.citybridge.shared.DateRange;
import org.citybridge.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's scores as the caller may read them, computed from one read of each source module (no per-city queries) and
 * the year's indicators and manual points, and reused for a moment ({@link RecentScores}); ranks are nationwide, the
 * lists filtered to the caller's scope and the province asked for.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationScores {

    private final EvaluationYears years;
    private final EvaluationAccess access;
    private final Adjustments adjustments;
    private final Opinions opinions;
    private final YearRecordsReader records;
    private final RecentScores recent;
    private final Clock clock;

    EvaluationScores(EvaluationYears years, EvaluationAccess access, Adjustments adjustments, Opinions opinions,
                     YearRecordsReader records, RecentScores recent, Clock clock) {
        this.years = years;
        this.access = access;
        this.adjustments = adjustments;
        this.opinions = opinions;
        this.records = records;
        this.recent = recent;
        this.clock = clock;
    }

    /** Cities ranked best first, within the caller's scope and, if given, one province. */
    public List<CityScore> cities(int year, String province) {
        EvaluationYearView view = years.year(year);
        Actor actor = access.requireReader(view);
        return compute(view).cities().stream()
                .filter(c -> actor.scope().covers(c.cityCode(), c.provinceCode()))
                .filter(c -> province == null || province.isBlank() || c.provinceCode().equals(province)).toList();
    }

    /** Primary liaisons ranked best first, within the caller's scope and, if given, one province. */
    public List<LiaisonScore> liaisons(int year, String province) {
        EvaluationYearView view = years.year(year);
        Actor actor = access.requireReader(view);
        return compute(view).liaisons().stream()
                .filter(l -> actor.scope().covers(l.cityCode(), l.provinceCode()))
                .filter(l -> province == null || province.isBlank() || l.provinceCode().equals(province)).toList();
    }

    /** One city's scorecard with its evidence; a city outside the caller's scope, or no member, is unknown (404). */
    public CityEvaluation city(int year, String cityCode) {
        EvaluationYearView view = years.year(year);
        Actor actor = access.requireReader(view);
        Scores scores = compute(view);
        CityScore score = scores.cities().stream().filter(c -> c.cityCode().equals(cityCode)).findFirst()
                .orElseThrow(() -> new NotFoundException(EvaluationAccess.UNKNOWN_CITY, cityCode));
        access.requireCovers(actor, score.cityCode(), score.provinceCode());
        return new CityEvaluation(view, score, scores.evidenceOf(cityCode),
                adjustments.of(year).stream().filter(a -> a.cityCode().equals(cityCode)).toList(),
                opinions.of(year, cityCode).orElse(null));
    }

    /** The year's manual points on the cities within the caller's scope. */
    public List<Adjustment> adjustments(int year) {
        EvaluationYearView view = years.year(year);
        Actor actor = access.requireReader(view);
        List<String> visible = cities(year, null).stream().map(CityScore::cityCode).toList();
        return adjustments.of(year).stream().filter(a -> actor.isSecretariat() || visible.contains(a.cityCode())).toList();
    }

    private Scores compute(EvaluationYearView year) {
        RecentScores.Basis basis = new RecentScores.Basis(year.year(), year.indicators(), adjustments.of(year.year()));
        return recent.of(basis, () -> Scoring.score(records.read(DateRange.year(year.year())), basis.indicators(),
                basis.adjustments(), clock.getZone()));
    }
}
