package org.citybridge.evaluation.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citybridge.circulars.DeliveryRecord;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.LiaisonTerm;
import org.citybridge.directory.MemberCity;
import org.citybridge.evaluation.domain.YearRecords;
import org.citybridge.events.EventAttendanceRecord;
import org.citybridge.events.HeldEvent;
import org.citybridge.shared.DateRange;
import org.citybridge.submissions.ReportRecord;
import org.citybridge.submissions.SubmissionStatus;
import org.citybridge.tasks.AssignmentRecord;
import org.citybridge.tasks.AssignmentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's figures counted from work records in two provinces, with the cases the counting leaves out. */
class FigureCountingTest {

    private static final DateRange YEAR = DateRange.year(2025);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final MemberCity A = new MemberCity("150100", "呼和浩特市", "150000", "内蒙古自治区", null);
    private static final MemberCity B = new MemberCity("150200", "包头市", "150000", "内蒙古自治区", null);
    private static final MemberCity C = new MemberCity("640300", "吴忠市", "640000", "宁夏回族自治区", LocalDate.of(2025, 6, 1));

    @Test
    void countsEachProvinceAndTheNationwideTotal() {
        YearFigures figures = FigureCounting.count(2025, records(), List.of(
                new HeldEvent(7, "年度联络员工作会议", "ANNUAL_CONFERENCE", day(10, 10), day(10, 11)),
                new HeldEvent(8, "无人报名的座谈会", "FORUM", day(11, 1), day(11, 1))), null, LAST_DAY);

        Tally mongolia = figures.provinces().get(0).tally();
        assertThat(figures.provinces()).extracting(ProvinceTally::name).containsExactly("内蒙古自治区", "宁夏回族自治区");
        assertThat(mongolia.memberCities()).isEqualTo(2);
        assertThat(mongolia.coveredCities()).as("B's liaison left in May").isEqualTo(1);
        assertThat(mongolia.handovers()).isEqualTo(1);
        assertThat(mongolia.circulars()).as("the withdrawn one left out").isEqualTo(1);
        assertThat(mongolia.expectingReply()).isEqualTo(2);
        assertThat(mongolia.replied()).isEqualTo(2);
        assertThat(mongolia.repliedOnTime()).isEqualTo(1);
        assertThat(mongolia.receiptRate()).isEqualTo("100.0%");
        assertThat(mongolia.onTimeRate()).isEqualTo("50.0%");
        assertThat(mongolia.assignments()).as("the cancelled one left out").isEqualTo(2);
        assertThat(mongolia.completed()).isEqualTo(1);
        assertThat(mongolia.overdue()).isEqualTo(1);
        assertThat(mongolia.reportsSubmitted()).isEqualTo(2);
        assertThat(mongolia.reportsAdopted()).isEqualTo(1);
        assertThat(mongolia.reportsPublished()).isEqualTo(1);
        assertThat(mongolia.hits()).isEqualTo(42);
        assertThat(mongolia.events()).isEqualTo(1);
        assertThat(mongolia.delegatesPresent()).isEqualTo(3);
        assertThat(mongolia.commended()).isNull();

        Tally nationwide = figures.nationwide();
        assertThat(nationwide.memberCities()).isEqualTo(3);
        assertThat(nationwide.events()).as("held, answered or not").isEqualTo(2);
        assertThat(nationwide.citiesPresent()).isEqualTo(2);
        assertThat(nationwide.delegatesPresent()).isEqualTo(5);
        assertThat(nationwide.expectingReply()).isEqualTo(3);
        assertThat(nationwide.receiptRate()).isEqualTo("66.7%");
        assertThat(figures.events()).extracting(EventLine::citiesPresent, EventLine::delegatesPresent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 5L), org.assertj.core.groups.Tuple.tuple(0L, 0L));
        assertThat(figures.commendationsRecorded()).isFalse();
    }

    @Test
    void whileTheYearRunsCoverageAndOverdueAreCountedOnTheDayAndCommendationsWhenRecorded() {
        YearFigures figures = FigureCounting.count(2025, records(), List.of(), Map.of("150100", 1L, "640300", 2L),
                LocalDate.of(2025, 4, 1));

        Tally mongolia = figures.provinces().get(0).tally();
        assertThat(mongolia.coveredCities()).as("B's liaison still in post on 1 April").isEqualTo(2);
        assertThat(mongolia.overdue()).as("not yet due on 1 April").isZero();
        assertThat(mongolia.commended()).isEqualTo(1);
        assertThat(figures.nationwide().commended()).isEqualTo(3);
        assertThat(figures.commendationsRecorded()).isTrue();
    }

    @Test
    void nothingToShareIsADashNotAZero() {
        YearFigures figures = FigureCounting.count(2025, new YearRecords(YEAR, List.of(A), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()), List.of(), null, LAST_DAY);

        assertThat(figures.nationwide().receiptRate()).isEqualTo("—");
        assertThat(figures.nationwide().coverageRate()).isEqualTo("0.0%");
    }

    private static YearRecords records() {
        List<LiaisonTerm> terms = List.of(
                new LiaisonTerm(1, 11, "前任", A.code(), LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1), day(3, 1)),
                new LiaisonTerm(2, 12, "现任", A.code(), LiaisonRole.PRIMARY, day(3, 1), null),
                new LiaisonTerm(3, 13, "离任", B.code(), LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1), day(5, 1)),
                new LiaisonTerm(4, 14, "吴忠", C.code(), LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1), null));
        List<DeliveryRecord> deliveries = List.of(
                copy(1, 100, A.code(), true, at(2, 5), null),
                copy(2, 100, B.code(), true, at(2, 20), null),
                copy(3, 101, A.code(), true, null, at(3, 1)),
                copy(4, 102, C.code(), true, null, null));
        List<AssignmentRecord> assignments = List.of(
                new AssignmentRecord(1, 50, "总结", A.code(), at(4, 1), day(6, 1), AssignmentState.COMPLETED, at(5, 1)),
                new AssignmentRecord(2, 50, "总结", B.code(), at(4, 1), day(6, 1), AssignmentState.IN_PROGRESS, null),
                new AssignmentRecord(3, 51, "取消", B.code(), at(4, 1), day(6, 1), AssignmentState.CANCELLED, null));
        List<ReportRecord> reports = List.of(
                new ReportRecord(1, "经验", A.code(), "u", 12L, "现任", at(6, 1), SubmissionStatus.ADOPTED, false, at(6, 5), 9L, true, 42),
                new ReportRecord(2, "动态", B.code(), "u", 13L, "离任", at(3, 1), SubmissionStatus.RETURNED, true, null, null, false, 0));
        List<EventAttendanceRecord> attendance = List.of(
                new EventAttendanceRecord(7, "年度联络员工作会议", "ANNUAL_CONFERENCE", day(10, 10), day(10, 11), null, A.code(), true, 3, 3),
                new EventAttendanceRecord(7, "年度联络员工作会议", "ANNUAL_CONFERENCE", day(10, 10), day(10, 11), null, B.code(), true, 2, 0),
                new EventAttendanceRecord(7, "年度联络员工作会议", "ANNUAL_CONFERENCE", day(10, 10), day(10, 11), null, C.code(), true, 2, 2));
        return new YearRecords(YEAR, List.of(A, B, C), terms, deliveries, assignments, reports, attendance, List.of());
    }

    private static DeliveryRecord copy(long id, long circular, String city, boolean expectsReply, Instant replied, Instant withdrawn) {
        return new DeliveryRecord(id, circular, "号", "通知", city, at(2, 1), at(2, 10), expectsReply, replied, replied, replied, withdrawn);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private static Instant at(int month, int day) {
        return day(month, day).atTime(10, 0).toInstant(java.time.ZoneOffset.ofHours(8));
    }
}
