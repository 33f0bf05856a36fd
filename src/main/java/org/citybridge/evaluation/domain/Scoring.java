package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.circulars.DeliveryRecord;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.LiaisonTerm;
import org.citybridge.directory.MemberCity;
import org.citybridge.directory.RosterConfirmation;
import org.citybridge.evaluation.Adjustment;
import org.citybridge.evaluation.CityScore;
import org.citybridge.evaluation.EvidenceItem;
import org.citybridge.evaluation.EvidenceReason;
import org.citybridge.evaluation.EvidenceSource;
import org.citybridge.evaluation.Indicator;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.evaluation.IndicatorScore;
import org.citybridge.evaluation.LiaisonScore;
import org.citybridge.evaluation.Outcome;
import org.citybridge.events.EventAttendanceRecord;
import org.citybridge.submissions.ReportRecord;
import org.citybridge.submissions.SubmissionStatus;
import org.citybridge.tasks.AssignmentRecord;
import org.citybridge.tasks.AssignmentState;

/**
 * Computes a year's scores from its work records, without storage. Every piece of work becomes one evidence item per
 * indicator it counts for, credited to the primary liaison in post on the day of the work (none: the city only). A
 * ratio indicator scores weight × met ÷ expected and does not apply when nothing was expected; a count indicator
 * weight × min(count, cap) ÷ cap. The total is the points scaled from the weights that apply to all the weights (a
 * liaison in post for a month with no receipt due is neither given nor denied the receipt points), plus manual points. Work a city received before it joined, withdrawn circulars and cancelled tasks are
 * shown but not counted.
 */
public final class Scoring {

    private static final int SCALE = 2;

    private final YearRecords records;
    private final Map<IndicatorKind, Indicator> indicators;
    private final ZoneId zone;
    private final Map<String, MemberCity> cities;
    private final Map<String, List<LiaisonTerm>> primaries;
    private final Map<String, List<EvidenceItem>> evidence = new HashMap<>();

    private Scoring(YearRecords records, List<Indicator> indicators, ZoneId zone) {
        this.records = records;
        this.indicators = new EnumMap<>(IndicatorKind.class);
        indicators.forEach(i -> this.indicators.put(i.kind(), i));
        this.zone = zone;
        this.cities = records.cities().stream().collect(Collectors.toMap(MemberCity::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.primaries = records.terms().stream().filter(t -> t.role() == LiaisonRole.PRIMARY && cities.containsKey(t.cityCode()))
                .collect(Collectors.groupingBy(LiaisonTerm::cityCode));
    }

    public static Scores score(YearRecords records, List<Indicator> indicators, List<Adjustment> adjustments, ZoneId zone) {
        Scoring scoring = new Scoring(records, indicators, zone);
        scoring.collect();
        return scoring.scores(adjustments);
    }

    private void collect() {
        records.deliveries().forEach(this::delivery);
        records.assignments().forEach(this::assignment);
        records.reports().forEach(this::report);
        conferences();
        records.confirmations().forEach(this::confirmation);
    }

    private void delivery(DeliveryRecord d) {
        LocalDate received = day(d.issuedAt());
        if (d.expectsReply()) {
            Instant due = d.deadline();
            boolean replied = d.repliedAt() != null;
            boolean onTime = replied && (due == null || !d.repliedAt().isAfter(due));
            EvidenceReason reason = !replied ? EvidenceReason.NOT_REPLIED : onTime ? EvidenceReason.REPLIED_ON_TIME
                    : d.firstRepliedAt() != null && due != null && !d.firstRepliedAt().isAfter(due)
                    ? EvidenceReason.REPLIED_LATE_AFTER_REOPENING : EvidenceReason.REPLIED_LATE;
            LocalDate workDay = replied ? day(d.repliedAt()) : due != null ? day(due) : received;
            add(IndicatorKind.RECEIPTS_ON_TIME, EvidenceSource.CIRCULAR, d.circularId(), d.deliveryId(), d.cityCode(),
                    d.docNumber() + " " + d.title(), received, workDay, d.withdrawn() ? EvidenceReason.WITHDRAWN : reason, onTime);
        }
        Indicator read = indicators.get(IndicatorKind.READ_WITHIN_DAYS);
        if (read != null) {
            int days = read.days() == null ? 1 : read.days();
            boolean inTime = d.readAt() != null && !d.readAt().isAfter(d.issuedAt().plus(Duration.ofDays(days)));
            EvidenceReason reason = d.readAt() == null ? EvidenceReason.NOT_READ : inTime ? EvidenceReason.READ_IN_TIME : EvidenceReason.READ_LATE;
            add(IndicatorKind.READ_WITHIN_DAYS, EvidenceSource.CIRCULAR, d.circularId(), d.deliveryId(), d.cityCode(),
                    d.docNumber() + " " + d.title(), received, d.readAt() == null ? received : day(d.readAt()),
                    d.withdrawn() ? EvidenceReason.WITHDRAWN : reason, inTime);
        }
    }

    private void assignment(AssignmentRecord a) {
        LocalDate received = day(a.assignedAt());
        boolean completed = a.state() == AssignmentState.COMPLETED && a.completedAt() != null;
        LocalDate workDay = completed ? day(a.completedAt()) : a.dueDate();
        boolean onTime = completed && !day(a.completedAt()).isAfter(a.dueDate());
        add(IndicatorKind.TASKS_COMPLETED, EvidenceSource.TASK, a.taskId(), a.assignmentId(), a.cityCode(), a.title(), received,
                workDay, a.cancelled() ? EvidenceReason.CANCELLED : completed ? EvidenceReason.COMPLETED : EvidenceReason.NOT_COMPLETED,
                completed);
        add(IndicatorKind.TASKS_ON_TIME, EvidenceSource.TASK, a.taskId(), a.assignmentId(), a.cityCode(), a.title(), received,
                workDay, a.cancelled() ? EvidenceReason.CANCELLED : onTime ? EvidenceReason.COMPLETED_ON_TIME
                        : completed ? EvidenceReason.COMPLETED_LATE : EvidenceReason.NOT_COMPLETED, onTime);
    }

    private void report(ReportRecord r) {
        LocalDate day = day(r.firstSubmittedAt());
        boolean adopted = r.status() == SubmissionStatus.ADOPTED;
        add(IndicatorKind.REPORTS_SUBMITTED, EvidenceSource.REPORT, r.id(), r.id(), r.cityCode(), r.title(), day, day,
                EvidenceReason.SUBMITTED, true);
        add(IndicatorKind.REPORTS_ADOPTED, EvidenceSource.REPORT, r.id(), r.id(), r.cityCode(), r.title(), day, day,
                adopted ? EvidenceReason.ADOPTED : EvidenceReason.NOT_ADOPTED, adopted);
        add(IndicatorKind.REPORTS_PUBLISHED, EvidenceSource.REPORT, r.id(), r.id(), r.cityCode(), r.title(), day, day,
                r.published() ? EvidenceReason.PUBLISHED : EvidenceReason.NOT_PUBLISHED, r.published());
    }

    /** Each annual conference once per city invited to it (its invitation's copies) or that answered it. */
    private void conferences() {
        Map<Long, List<EventAttendanceRecord>> byEvent = records.attendance().stream()
                .filter(EventAttendanceRecord::annualConference)
                .collect(Collectors.groupingBy(EventAttendanceRecord::eventId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Set<String>> invited = new HashMap<>();
        for (DeliveryRecord d : records.deliveries()) {
            if (!d.withdrawn()) {
                invited.computeIfAbsent(d.circularId(), k -> new LinkedHashSet<>()).add(d.cityCode());
            }
        }
        byEvent.forEach((eventId, rows) -> {
            EventAttendanceRecord event = rows.get(0);
            Map<String, EventAttendanceRecord> byCity = rows.stream()
                    .collect(Collectors.toMap(EventAttendanceRecord::cityCode, Function.identity(), (a, b) -> a));
            Set<String> expected = new LinkedHashSet<>(byCity.keySet());
            if (event.invitationCircularId() != null) {
                expected.addAll(invited.getOrDefault(event.invitationCircularId(), Set.of()));
            }
            for (String city : expected) {
                EventAttendanceRecord row = byCity.get(city);
                boolean checkedIn = row != null && row.checkedIn() > 0;
                EvidenceReason reason = checkedIn ? EvidenceReason.CHECKED_IN
                        : row != null && row.registered() > 0 ? EvidenceReason.REGISTERED_NOT_CHECKED_IN : EvidenceReason.NO_DELEGATION;
                add(IndicatorKind.CONFERENCE_ATTENDANCE, EvidenceSource.EVENT, eventId, eventId, city, event.title(),
                        event.startsOn(), event.startsOn(), reason, checkedIn);
            }
        });
    }

    private void confirmation(RosterConfirmation c) {
        LocalDate day = day(c.confirmedAt());
        add(IndicatorKind.ROSTER_CONFIRMED, EvidenceSource.ROSTER, c.id(), c.id(), c.cityCode(), "", day, day,
                EvidenceReason.CONFIRMED, true);
    }

    /**
     * One evidence item for a member city and an indicator of the year; the reasons {@code WITHDRAWN} and {@code
     * CANCELLED}, and work received before the city joined, are excluded.
     */
    private void add(IndicatorKind kind, EvidenceSource source, long sourceId, long itemId, String cityCode, String title,
                     LocalDate received, LocalDate workDay, EvidenceReason reason, boolean met) {
        MemberCity city = cities.get(cityCode);
        if (city == null || !indicators.containsKey(kind)) {
            return;
        }
        EvidenceReason why = received.isBefore(evaluatedFrom(city)) ? EvidenceReason.BEFORE_JOINING : reason;
        Outcome outcome = why == EvidenceReason.WITHDRAWN || why == EvidenceReason.CANCELLED || why == EvidenceReason.BEFORE_JOINING
                ? Outcome.EXCLUDED : met ? Outcome.MET : Outcome.MISSED;
        LiaisonTerm primary = primaryOn(cityCode, workDay);
        evidence.computeIfAbsent(cityCode, k -> new ArrayList<>()).add(new EvidenceItem(kind, source, sourceId, itemId, cityCode,
                title, workDay, outcome, why, primary == null ? null : primary.personId(),
                primary == null ? null : primary.personName()));
    }

    private LiaisonTerm primaryOn(String cityCode, LocalDate day) {
        LiaisonTerm found = null;
        for (LiaisonTerm term : primaries.getOrDefault(cityCode, List.of())) {
            if (term.heldOn(day) && (found == null || term.from().isAfter(found.from()))) {
                found = term;
            }
        }
        return found;
    }

    private LocalDate evaluatedFrom(MemberCity city) {
        LocalDate from = records.period().from();
        return city.memberSince() != null && city.memberSince().isAfter(from) ? city.memberSince() : from;
    }

    private Scores scores(List<Adjustment> adjustments) {
        Map<String, BigDecimal> cityPoints = new HashMap<>();
        Map<String, BigDecimal> personPoints = new HashMap<>();
        for (Adjustment a : adjustments) {
            cityPoints.merge(a.cityCode(), a.points(), BigDecimal::add);
            if (a.personId() != null) {
                personPoints.merge(a.cityCode() + "/" + a.personId(), a.points(), BigDecimal::add);
            }
        }
        evidence.values().forEach(items -> items.sort(Comparator.comparing(EvidenceItem::indicator)
                .thenComparing(EvidenceItem::on).thenComparing(EvidenceItem::itemId)));
        List<CityScore> cityScores = new ArrayList<>();
        for (MemberCity city : cities.values()) {
            List<EvidenceItem> items = evidence.getOrDefault(city.code(), List.of());
            List<IndicatorScore> scores = indicatorScores(items);
            BigDecimal adjusted = cityPoints.getOrDefault(city.code(), BigDecimal.ZERO);
            cityScores.add(new CityScore(city.code(), city.name(), city.provinceCode(), city.provinceName(), evaluatedFrom(city),
                    scores, adjusted, total(scores, adjusted), 0));
        }
        List<LiaisonScore> liaisonScores = new ArrayList<>();
        for (List<LiaisonTerm> terms : primaries.values()) {
            Map<Long, LiaisonTerm> people = new LinkedHashMap<>();
            terms.forEach(t -> people.putIfAbsent(t.personId(), t));
            for (LiaisonTerm term : people.values()) {
                MemberCity city = cities.get(term.cityCode());
                List<EvidenceItem> credited = evidence.getOrDefault(city.code(), List.of()).stream()
                        .filter(i -> Objects.equals(i.creditedPersonId(), term.personId())).toList();
                List<IndicatorScore> scores = indicatorScores(credited);
                BigDecimal adjusted = personPoints.getOrDefault(city.code() + "/" + term.personId(), BigDecimal.ZERO);
                liaisonScores.add(new LiaisonScore(term.personId(), term.personName(), city.code(), city.name(),
                        city.provinceCode(), city.provinceName(), scores, adjusted, total(scores, adjusted), 0));
            }
        }
        Map<String, List<EvidenceItem>> shown = new HashMap<>();
        evidence.forEach((city, items) -> shown.put(city, List.copyOf(items)));
        return new Scores(rankCities(cityScores), rankLiaisons(liaisonScores), Map.copyOf(shown));
    }

    private List<IndicatorScore> indicatorScores(List<EvidenceItem> items) {
        List<IndicatorScore> scores = new ArrayList<>();
        for (Indicator indicator : indicators.values()) {
            long met = items.stream().filter(i -> i.indicator() == indicator.kind() && i.outcome() == Outcome.MET).count();
            long counted = items.stream().filter(i -> i.indicator() == indicator.kind() && i.outcome().counted()).count();
            scores.add(indicator.kind().ratio() ? ratio(indicator, met, counted) : count(indicator, met));
        }
        return scores;
    }

    static IndicatorScore ratio(Indicator indicator, long met, long expected) {
        if (expected == 0) {
            return new IndicatorScore(indicator.kind(), indicator.weight(), 0, 0, BigDecimal.ZERO.setScale(SCALE), false);
        }
        BigDecimal points = indicator.weight().multiply(BigDecimal.valueOf(met)).divide(BigDecimal.valueOf(expected), SCALE, RoundingMode.HALF_UP);
        return new IndicatorScore(indicator.kind(), indicator.weight(), met, expected, points, true);
    }

    static IndicatorScore count(Indicator indicator, long count) {
        int cap = indicator.cap() == null ? 1 : indicator.cap();
        BigDecimal points = indicator.weight().multiply(BigDecimal.valueOf(Math.min(count, cap)))
                .divide(BigDecimal.valueOf(cap), SCALE, RoundingMode.HALF_UP);
        return new IndicatorScore(indicator.kind(), indicator.weight(), count, cap, points, true);
    }

    static BigDecimal total(List<IndicatorScore> scores, BigDecimal adjusted) {
        BigDecimal applicableWeight = sum(scores.stream().filter(IndicatorScore::applicable).map(IndicatorScore::weight).toList());
        BigDecimal earned = sum(scores.stream().map(IndicatorScore::points).toList());
        BigDecimal scaled = applicableWeight.signum() == 0 ? BigDecimal.ZERO
                : earned.multiply(sum(scores.stream().map(IndicatorScore::weight).toList())).divide(applicableWeight, SCALE + 4, RoundingMode.HALF_UP);
        return scaled.add(adjusted).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<CityScore> rankCities(List<CityScore> scores) {
        List<CityScore> sorted = scores.stream()
                .sorted(Comparator.comparing(CityScore::total).reversed().thenComparing(CityScore::cityCode)).toList();
        List<CityScore> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            CityScore s = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).total().compareTo(s.total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new CityScore(s.cityCode(), s.cityName(), s.provinceCode(), s.provinceName(), s.evaluatedFrom(),
                    s.indicators(), s.adjustments(), s.total(), rank));
        }
        return ranked;
    }

    private static List<LiaisonScore> rankLiaisons(List<LiaisonScore> scores) {
        List<LiaisonScore> sorted = scores.stream().sorted(Comparator.comparing(LiaisonScore::total).reversed()
                .thenComparing(LiaisonScore::cityCode).thenComparing(LiaisonScore::personId)).toList();
        List<LiaisonScore> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            LiaisonScore s = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).total().compareTo(s.total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new LiaisonScore(s.personId(), s.personName(), s.cityCode(), s.cityName(), s.provinceCode(),
                    s.provinceName(), s.indicators(), s.adjustments(), s.total(), rank));
        }
        return ranked;
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
