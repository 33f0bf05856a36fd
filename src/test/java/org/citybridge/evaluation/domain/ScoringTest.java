package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citybridge.circulars.DeliveryRecord;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.LiaisonTerm;
import org.citybridge.directory.MemberCity;
import org.citybridge.directory.RosterConfirmation;
import org.citybridge.evaluation.Adjustment;
import org.citybridge.evaluation.CityScore;
import org.citybridge.evaluation.EvidenceItem;
import org.citybridge.evaluation.EvidenceReason;
import org.citybridge.evaluation.Indicator;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.evaluation.IndicatorScore;
import org.citybridge.evaluation.LiaisonScore;
import org.citybridge.evaluation.Outcome;
import org.citybridge.events.EventAttendanceRecord;
import org.citybridge.shared.DateRange;
import org.citybridge.submissions.ReportRecord;
import org.citybridge.submissions.SubmissionStatus;
import org.citybridge.tasks.AssignmentRecord;
import org.citybridge.tasks.AssignmentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring rules of the Liaison Work Measures, on hand-made records of one year. */
class ScoringTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateRange YEAR = DateRange.year(2026);
    private static final String CITY = "510100";
    private static final String OTHER = "510300";
    private static final List<Indicator> DEFAULTS = java.util.Arrays.stream(IndicatorKind.values()).map(IndicatorKind::byDefault).toList();

    private final List<MemberCity> cities = new ArrayList<>(List.of(
            new MemberCity(CITY, "成都市", "510000", "四川省", LocalDate.of(2010, 1, 1)),
            new MemberCity(OTHER, "自贡市", "510000", "四川省", null)));
    private final List<LiaisonTerm> terms = new ArrayList<>();
    private final List<DeliveryRecord> deliveries = new ArrayList<>();
    private final List<AssignmentRecord> assignments = new ArrayList<>();
    private final List<ReportRecord> reports = new ArrayList<>();
    private final List<EventAttendanceRecord> attendance = new ArrayList<>();
    private final List<RosterConfirmation> confirmations = new ArrayList<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private long ids;

    @Test
    void aHandoverMidYearSplitsTheCreditBetweenTheTwoPrimaryLiaisons() {
        terms.add(new LiaisonTerm(1, 101, "张三", CITY, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 7, 1)));
        terms.add(new LiaisonTerm(2, 102, "李四", CITY, LiaisonRole.PRIMARY, LocalDate.of(2026, 7, 1), null));
        terms.add(new LiaisonTerm(3, 103, "王副", CITY, LiaisonRole.DEPUTY, LocalDate.of(2020, 1, 1), null));
        receipt(CITY, at(3, 1), at(3, 10), at(3, 5), at(3, 5));
        receipt(CITY, at(4, 1), at(4, 10), null, null);
        receipt(CITY, at(9, 1), at(9, 10), at(9, 2), at(9, 2));

        Scores scores = score();

        LiaisonScore first = liaison(scores, 101);
        LiaisonScore second = liaison(scores, 102);
        assertThat(indicator(first.indicators(), IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(1L, 2L);
        assertThat(indicator(first.indicators(), IndicatorKind.RECEIPTS_ON_TIME).points()).isEqualByComparingTo("10.00");
        assertThat(indicator(second.indicators(), IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(1L, 1L);
        assertThat(scores.liaisons()).noneMatch(l -> l.personId() == 103);
        assertThat(indicator(city(scores, CITY).indicators(), IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(2L, 3L);
        assertThat(scores.evidenceOf(CITY)).filteredOn(i -> i.indicator() == IndicatorKind.RECEIPTS_ON_TIME)
                .extracting(EvidenceItem::creditedPersonName).containsExactly("张三", "张三", "李四");
    }

    @Test
    void workWhileNobodyWasInPostIsCreditedToTheCityOnly() {
        terms.add(new LiaisonTerm(1, 101, "张三", CITY, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 5, 1)));
        receipt(CITY, at(6, 1), at(6, 10), at(6, 3), at(6, 3));

        Scores scores = score();

        assertThat(scores.evidenceOf(CITY)).filteredOn(i -> i.indicator() == IndicatorKind.RECEIPTS_ON_TIME).singleElement()
                .satisfies(i -> assertThat(i.creditedPersonId()).isNull());
        assertThat(indicator(city(scores, CITY).indicators(), IndicatorKind.RECEIPTS_ON_TIME).met()).isEqualTo(1);
        assertThat(indicator(liaison(scores, 101).indicators(), IndicatorKind.RECEIPTS_ON_TIME).expected()).isZero();
    }

    @Test
    void aReceiptReopenedAndRepliedAfterTheDeadlineCountsAsLate() {
        receipt(CITY, at(3, 1), at(3, 10), at(3, 5), at(3, 20));

        EvidenceItem item = only(score(), IndicatorKind.RECEIPTS_ON_TIME);

        assertThat(item.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(item.reason()).isEqualTo(EvidenceReason.REPLIED_LATE_AFTER_REOPENING);
    }

    @Test
    void withdrawnCircularsAreShownButNotCounted() {
        deliveries.add(new DeliveryRecord(++ids, ++ids, "市协联〔2026〕1号", "已撤回的通知", CITY, at(3, 1), at(3, 10), true,
                null, null, null, at(3, 2)));
        receipt(CITY, at(4, 1), at(4, 10), at(4, 2), at(4, 2));

        Scores scores = score();

        assertThat(indicator(city(scores, CITY).indicators(), IndicatorKind.RECEIPTS_ON_TIME))
                .extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(1L, 1L);
        assertThat(scores.evidenceOf(CITY)).filteredOn(i -> i.reason() == EvidenceReason.WITHDRAWN)
                .extracting(EvidenceItem::indicator, EvidenceItem::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IndicatorKind.RECEIPTS_ON_TIME, Outcome.EXCLUDED),
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.READ_WITHIN_DAYS, Outcome.EXCLUDED));
    }

    @Test
    void cancelledTasksAreNotCountedAndLateCompletionIsNotOnTime() {
        task(CITY, AssignmentState.CANCELLED, LocalDate.of(2026, 5, 1), null);
        task(CITY, AssignmentState.COMPLETED, LocalDate.of(2026, 5, 1), at(4, 30));
        task(CITY, AssignmentState.COMPLETED, LocalDate.of(2026, 5, 1), at(5, 3));
        task(CITY, AssignmentState.IN_PROGRESS, LocalDate.of(2026, 5, 1), null);

        CityScore city = city(score(), CITY);

        assertThat(indicator(city.indicators(), IndicatorKind.TASKS_COMPLETED)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(2L, 3L);
        assertThat(indicator(city.indicators(), IndicatorKind.TASKS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(1L, 3L);
        assertThat(indicator(city.indicators(), IndicatorKind.TASKS_COMPLETED).points()).isEqualByComparingTo("10.00");
    }

    @Test
    void aCityThatJoinedMidYearCountsOnlyWhatItReceivedAfterJoining() {
        cities.set(0, new MemberCity(CITY, "成都市", "510000", "四川省", LocalDate.of(2026, 6, 1)));
        receipt(CITY, at(3, 1), at(3, 10), null, null);
        task(CITY, AssignmentState.ASSIGNED, LocalDate.of(2026, 4, 1), null);
        receipt(CITY, at(7, 1), at(7, 10), at(7, 2), at(7, 2));

        Scores scores = score();
        CityScore city = city(scores, CITY);

        assertThat(city.evaluatedFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(indicator(city.indicators(), IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(1L, 1L);
        assertThat(indicator(city.indicators(), IndicatorKind.TASKS_COMPLETED).expected()).isZero();
        assertThat(indicator(city.indicators(), IndicatorKind.TASKS_COMPLETED)).as("nothing expected: not applicable")
                .extracting(IndicatorScore::applicable, IndicatorScore::points).containsExactly(false, new BigDecimal("0.00"));
        assertThat(scores.evidenceOf(CITY)).filteredOn(i -> i.reason() == EvidenceReason.BEFORE_JOINING).hasSize(4);
    }

    @Test
    void aReturnedThenResubmittedReportCountsOnceByItsFinalOutcomeAndCountsAreCapped() {
        report(CITY, SubmissionStatus.ADOPTED, true, true);
        report(CITY, SubmissionStatus.REJECTED, false, false);
        for (int i = 0; i < 14; i++) {
            report(OTHER, SubmissionStatus.SUBMITTED, false, false);
        }

        Scores scores = score();
        CityScore city = city(scores, CITY);

        assertThat(indicator(city.indicators(), IndicatorKind.REPORTS_SUBMITTED)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(2L, 12L);
        assertThat(indicator(city.indicators(), IndicatorKind.REPORTS_ADOPTED).met()).isEqualTo(1);
        assertThat(indicator(city.indicators(), IndicatorKind.REPORTS_PUBLISHED).met()).isEqualTo(1);
        assertThat(indicator(city.indicators(), IndicatorKind.REPORTS_SUBMITTED).points()).isEqualByComparingTo("1.67");
        assertThat(indicator(city(scores, OTHER).indicators(), IndicatorKind.REPORTS_SUBMITTED).points()).isEqualByComparingTo("10");
    }

    @Test
    void conferenceAttendanceCountsInvitedCitiesAndCheckInsOnly() {
        long invitation = 900;
        deliveries.add(new DeliveryRecord(++ids, invitation, "市协联〔2026〕9号", "年度会议邀请", CITY, at(9, 1), at(9, 20), true, at(9, 2), at(9, 3), at(9, 3), null));
        deliveries.add(new DeliveryRecord(++ids, invitation, "市协联〔2026〕9号", "年度会议邀请", OTHER, at(9, 1), at(9, 20), true, null, null, null, null));
        attendance.add(new EventAttendanceRecord(77, "2026年度联络员工作会议", EventAttendanceRecord.ANNUAL_CONFERENCE,
                LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12), invitation, CITY, true, 2, 1));
        attendance.add(new EventAttendanceRecord(78, "培训班", "TRAINING", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), null, CITY, true, 1, 0));

        Scores scores = score();

        assertThat(indicator(city(scores, CITY).indicators(), IndicatorKind.CONFERENCE_ATTENDANCE))
                .extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(1L, 1L);
        assertThat(indicator(city(scores, OTHER).indicators(), IndicatorKind.CONFERENCE_ATTENDANCE))
                .extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(0L, 1L);
        assertThat(scores.evidenceOf(OTHER)).filteredOn(i -> i.indicator() == IndicatorKind.CONFERENCE_ATTENDANCE)
                .extracting(EvidenceItem::reason).containsExactly(EvidenceReason.NO_DELEGATION);
    }

    @Test
    void readWithinTheYearsDaysAndRosterConfirmedAndManualPointsAddUpAndRank() {
        deliveries.add(new DeliveryRecord(++ids, ++ids, "市协联〔2026〕3号", "通知", CITY, at(2, 1), null, false, at(2, 3), null, null, null));
        deliveries.add(new DeliveryRecord(++ids, ++ids, "市协联〔2026〕4号", "通知", CITY, at(2, 1), null, false, at(2, 9), null, null, null));
        confirmations.add(new RosterConfirmation(5, CITY, null, "staff", at(3, 3)));
        adjustments.add(new Adjustment(1, 2026, OTHER, 55L, new BigDecimal("-3"), "未按要求报送名录", UUID.randomUUID(), "staff", at(12, 1)));

        Scores scores = score();
        CityScore city = city(scores, CITY);

        assertThat(indicator(city.indicators(), IndicatorKind.READ_WITHIN_DAYS)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(1L, 2L);
        assertThat(indicator(city.indicators(), IndicatorKind.ROSTER_CONFIRMED).points()).isEqualByComparingTo("5");
        assertThat(city(scores, OTHER).adjustments()).isEqualByComparingTo("-3");
        assertThat(scores.cities()).extracting(CityScore::cityCode).containsExactly(CITY, OTHER);
        assertThat(scores.cities()).extracting(CityScore::rank).containsExactly(1, 2);
        assertThat(city.total()).as("5 read + 5 roster earned of the 40 points that apply (read 10, counts 30), scaled to 100")
                .isEqualByComparingTo("25.00");
    }

    @Test
    void aRatioWithNothingExpectedNeitherGivesNorDeniesPoints() {
        terms.add(new LiaisonTerm(1, 101, "张三", CITY, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 30)));
        terms.add(new LiaisonTerm(2, 102, "李四", CITY, LiaisonRole.PRIMARY, LocalDate.of(2026, 12, 1), null));
        receipt(CITY, at(3, 1), at(3, 10), at(3, 2), at(3, 2));
        receipt(CITY, at(4, 1), at(4, 10), null, null);

        Scores scores = score();

        LiaisonScore newcomer = liaison(scores, 102);
        assertThat(newcomer.indicators()).filteredOn(IndicatorScore::applicable).extracting(IndicatorScore::kind)
                .containsExactlyInAnyOrder(IndicatorKind.REPORTS_SUBMITTED, IndicatorKind.REPORTS_ADOPTED,
                        IndicatorKind.REPORTS_PUBLISHED, IndicatorKind.ROSTER_CONFIRMED);
        assertThat(newcomer.total()).as("nothing done, nothing due: no free points").isEqualByComparingTo("0");
        LiaisonScore former = liaison(scores, 101);
        assertThat(indicator(former.indicators(), IndicatorKind.RECEIPTS_ON_TIME).points()).isEqualByComparingTo("10.00");
        assertThat(indicator(former.indicators(), IndicatorKind.READ_WITHIN_DAYS).points()).isEqualByComparingTo("10.00");
        assertThat(former.total()).as("20 earned of the 60 points that apply (receipts 20, read 10, counts 30), scaled to 100")
                .isEqualByComparingTo("33.33");
    }

    @Test
    void equalTotalsShareARankAndWorkOfCitiesThatAreNoMembersIsIgnored() {
        receipt("999999", at(3, 1), at(3, 10), null, null);

        Scores scores = score();

        assertThat(scores.cities()).extracting(CityScore::rank).containsExactly(1, 1);
        assertThat(scores.evidenceOf("999999")).isEmpty();
    }

    private Scores score() {
        return Scoring.score(new YearRecords(YEAR, cities, terms, deliveries, assignments, reports, attendance, confirmations),
                DEFAULTS, adjustments, ZONE);
    }

    private void receipt(String city, Instant issued, Instant deadline, Instant firstReply, Instant reply) {
        deliveries.add(new DeliveryRecord(++ids, ++ids, "市协联〔2026〕" + ids + "号", "回执通知", city, issued, deadline, true,
                issued, reply, firstReply, null));
    }

    private void task(String city, AssignmentState state, LocalDate due, Instant completed) {
        assignments.add(new AssignmentRecord(++ids, ++ids, "交办事项", city, at(3, 1), due, state, completed));
    }

    private void report(String city, SubmissionStatus status, boolean returned, boolean published) {
        long id = ++ids;
        reports.add(new ReportRecord(id, "报送" + id, city, "liaison", null, "张三", at(4, 1), status, returned,
                status == SubmissionStatus.ADOPTED ? at(4, 5) : null, published ? id : null, published, published ? 12 : 0));
    }

    private static Instant at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 10, 0).atZone(ZONE).toInstant();
    }

    private static CityScore city(Scores scores, String code) {
        return scores.cities().stream().filter(c -> c.cityCode().equals(code)).findFirst().orElseThrow();
    }

    private static LiaisonScore liaison(Scores scores, long personId) {
        return scores.liaisons().stream().filter(l -> l.personId() == personId).findFirst().orElseThrow();
    }

    private static IndicatorScore indicator(List<IndicatorScore> scores, IndicatorKind kind) {
        return scores.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    private EvidenceItem only(Scores scores, IndicatorKind kind) {
        return scores.evidenceOf(CITY).stream().filter(i -> i.indicator() == kind).findFirst().orElseThrow();
    }
}
