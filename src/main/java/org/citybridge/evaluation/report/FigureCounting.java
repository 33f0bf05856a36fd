package org.citybridge.evaluation.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.citybridge.circulars.DeliveryRecord;
import org.citybridge.directory.LiaisonTerm;
import org.citybridge.directory.MemberCity;
import org.citybridge.evaluation.domain.YearRecords;
import org.citybridge.events.EventAttendanceRecord;
import org.citybridge.events.HeldEvent;
import org.citybridge.submissions.ReportRecord;
import org.citybridge.tasks.AssignmentRecord;

/**
 * Counts the year's figures from the same work records the evaluation scores, for the member cities of today: pure,
 * no storage. Withdrawn circulars and cancelled assignments are left out; a handover is a post whose holder's term ended
 * on the day a successor's term in the same city and role began, within the year.
 */
public final class FigureCounting {

    private final YearRecords records;
    private final List<HeldEvent> held;
    private final Map<String, Long> commended;
    private final LocalDate asOf;

    private FigureCounting(YearRecords records, List<HeldEvent> held, Map<String, Long> commended, LocalDate asOf) {
        this.records = records;
        this.held = held;
        this.commended = commended;
        this.asOf = asOf;
    }

    /**
     * @param commendedByCity the liaisons commended by city code; null when the year's commendations are not recorded
     * @param asOf            the day coverage and overdue tasks are counted on
     */
    public static YearFigures count(int year, YearRecords records, List<HeldEvent> held, Map<String, Long> commendedByCity,
                                    LocalDate asOf) {
        FigureCounting counting = new FigureCounting(records, held, commendedByCity, asOf);
        Map<String, List<MemberCity>> byProvince = records.cities().stream()
                .collect(Collectors.groupingBy(MemberCity::provinceCode, TreeMap::new, Collectors.toList()));
        List<ProvinceTally> provinces = new ArrayList<>();
        byProvince.forEach((code, cities) -> provinces.add(new ProvinceTally(code, cities.get(0).provinceName(),
                counting.tally(codes(cities), false))));
        return new YearFigures(year, asOf, counting.tally(codes(records.cities()), true), provinces, counting.events());
    }

    private static Set<String> codes(Collection<MemberCity> cities) {
        return cities.stream().map(MemberCity::code).collect(Collectors.toSet());
    }

    private Tally tally(Set<String> cities, boolean nationwide) {
        List<DeliveryRecord> copies = of(records.deliveries(), d -> cities.contains(d.cityCode()) && !d.withdrawn());
        List<DeliveryRecord> expecting = copies.stream().filter(DeliveryRecord::expectsReply).toList();
        List<AssignmentRecord> assignments = of(records.assignments(), a -> cities.contains(a.cityCode()) && !a.cancelled());
        List<ReportRecord> reports = of(records.reports(), r -> cities.contains(r.cityCode()));
        List<EventAttendanceRecord> present = of(records.attendance(), a -> cities.contains(a.cityCode()) && a.checkedIn() > 0);
        return new Tally(cities.size(),
                cities.stream().filter(this::covered).count(),
                handovers(cities),
                copies.stream().map(DeliveryRecord::circularId).distinct().count(),
                copies.size(),
                expecting.size(),
                expecting.stream().filter(d -> d.repliedAt() != null).count(),
                expecting.stream().filter(FigureCounting::repliedOnTime).count(),
                assignments.stream().map(AssignmentRecord::taskId).distinct().count(),
                assignments.size(),
                assignments.stream().filter(a -> a.completedAt() != null).count(),
                assignments.stream().filter(this::overdue).count(),
                reports.size(),
                reports.stream().filter(r -> r.adoptedAt() != null).count(),
                reports.stream().filter(ReportRecord::published).count(),
                reports.stream().mapToLong(ReportRecord::hits).sum(),
                nationwide ? held.size() : present.stream().map(EventAttendanceRecord::eventId).distinct().count(),
                present.stream().map(EventAttendanceRecord::cityCode).distinct().count(),
                present.stream().mapToLong(EventAttendanceRecord::checkedIn).sum(),
                commended == null ? null : cities.stream().mapToLong(c -> commended.getOrDefault(c, 0L)).sum());
    }

    private List<EventLine> events() {
        Set<String> members = codes(records.cities());
        return held.stream().map(event -> {
            List<EventAttendanceRecord> present = of(records.attendance(),
                    a -> a.eventId() == event.eventId() && members.contains(a.cityCode()) && a.checkedIn() > 0);
            return new EventLine(event, present.size(), present.stream().mapToLong(EventAttendanceRecord::checkedIn).sum());
        }).toList();
    }

    private boolean covered(String city) {
        return records.terms().stream().anyMatch(t -> t.cityCode().equals(city) && t.heldOn(asOf));
    }

    private long handovers(Set<String> cities) {
        List<LiaisonTerm> terms = of(records.terms(), t -> cities.contains(t.cityCode()));
        return terms.stream().filter(successor -> records.period().contains(successor.from())
                && terms.stream().anyMatch(predecessor -> predecessor.cityCode().equals(successor.cityCode())
                        && predecessor.role() == successor.role() && predecessor.personId() != successor.personId()
                        && successor.from().equals(predecessor.until()))).count();
    }

    private boolean overdue(AssignmentRecord assignment) {
        return assignment.state().awaitsCity() && assignment.dueDate() != null && assignment.dueDate().isBefore(asOf);
    }

    private static boolean repliedOnTime(DeliveryRecord copy) {
        Instant replied = copy.repliedAt();
        return replied != null && (copy.deadline() == null || !replied.isAfter(copy.deadline()));
    }

    private static <T> List<T> of(List<T> all, Predicate<T> wanted) {
        return all.stream().filter(Objects::nonNull).filter(wanted).toList();
    }
}
