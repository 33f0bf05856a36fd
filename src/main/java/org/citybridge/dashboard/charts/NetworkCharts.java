package org.citybridge.dashboard.charts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.circulars.CircularFigures;
import org.citybridge.circulars.MonthlyResponseTime;
import org.citybridge.circulars.ProvinceResponseRate;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.ProvinceCoverage;
import org.citybridge.shared.Actors;
import org.citybridge.submissions.MonthlyAdoptions;
import org.citybridge.submissions.SubmissionTrends;
import org.citybridge.tasks.BoardCount;
import org.citybridge.tasks.TaskFigures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The network-health charts of the secretariat or a province coordinator (its own province only), each module
 * counting its own figures; every point links to the list behind it, filtered so that it shows the linked figure.
 */
@Service
public class NetworkCharts {

    /** The months the trends cover: this one and the eleven before it. */
    static final int MONTHS = 12;

    private final CityDirectory directory;
    private final CircularFigures circulars;
    private final TaskFigures tasks;
    private final SubmissionTrends submissions;
    private final MessageSource messages;
    private final Clock clock;

    NetworkCharts(CityDirectory directory, CircularFigures circulars, TaskFigures tasks, SubmissionTrends submissions,
                  MessageSource messages, Clock clock) {
        this.directory = directory;
        this.circulars = circulars;
        this.tasks = tasks;
        this.submissions = submissions;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every chart, the links starting with {@code contextPath}. */
    public List<ChartView> charts(String contextPath) {
        Actors.requireFollowingCities();
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        return List.of(coverage(contextPath), responseRates(contextPath, first), responseTimes(contextPath, first, last),
                overdueTasks(contextPath), adoptions(contextPath, first, last));
    }

    ChartView coverage(String contextPath) {
        List<ChartPoint> points = directory.coverageByProvince().stream()
                .sorted(Comparator.comparingDouble((ProvinceCoverage p) -> -share(p.covered(), p.members()))
                        .thenComparing(ProvinceCoverage::code))
                .map(p -> new ChartPoint(p.name(), List.of(ChartCell.decimal(share(p.covered(), p.members())),
                        ChartCell.count(p.members()), ChartCell.count(p.covered()), ChartCell.count(p.withoutLiaison())),
                        link(contextPath, "/admin/cities").queryParam("province", p.code())
                                .queryParam("withoutLiaison", true).toUriString()))
                .toList();
        return chart("coverage", ChartKind.HORIZONTAL_BAR, "charts.province", points,
                ChartColumn.plotted(text("charts.coverage.percent"), "%"), ChartColumn.count(text("charts.coverage.members")),
                ChartColumn.count(text("charts.coverage.covered")), ChartColumn.linkedCount(text("charts.coverage.without")));
    }

    ChartView responseRates(String contextPath, YearMonth first) {
        LocalDate since = first.atDay(1);
        List<ChartPoint> points = circulars.responseRatesByProvince(since.atStartOfDay(zone()).toInstant()).stream()
                .sorted(Comparator.comparingDouble(ProvinceResponseRate::onTimePercent).reversed()
                        .thenComparing(Comparator.comparingDouble(ProvinceResponseRate::repliedPercent).reversed())
                        .thenComparing(ProvinceResponseRate::code))
                .map(p -> new ChartPoint(p.name(), List.of(ChartCell.decimal(p.onTimePercent()),
                        ChartCell.decimal(p.repliedPercent()), ChartCell.count(p.circulars()), ChartCell.count(p.expected()),
                        ChartCell.count(p.onTime()), ChartCell.count(p.replied())),
                        circularList(contextPath).queryParam("province", p.code()).queryParam("closed", true)
                                .queryParam("issuedFrom", since).toUriString()))
                .toList();
        return chart("response-rates", ChartKind.HORIZONTAL_BAR, "charts.province", points,
                ChartColumn.plotted(text("charts.response.onTime"), "%"), ChartColumn.plotted(text("charts.response.replied"), "%"),
                ChartColumn.linkedCount(text("charts.response.circulars")), ChartColumn.count(text("charts.response.expected")),
                ChartColumn.count(text("charts.response.onTimeCount")), ChartColumn.count(text("charts.response.repliedCount")));
    }

    ChartView responseTimes(String contextPath, YearMonth first, YearMonth last) {
        Map<YearMonth, MonthlyResponseTime> byMonth = byMonth(circulars.responseTimesByMonth(first, last), MonthlyResponseTime::month);
        List<ChartPoint> points = months(first, last).stream().map(month -> {
            MonthlyResponseTime figures = byMonth.getOrDefault(month, new MonthlyResponseTime(month, 0, 0, null));
            return new ChartPoint(month.toString(), List.of(ChartCell.decimal(figures.medianHours()),
                    ChartCell.count(figures.circulars()), ChartCell.count(figures.replies())),
                    circularList(contextPath).queryParam("issuedFrom", month.atDay(1))
                            .queryParam("issuedTo", month.atEndOfMonth()).toUriString());
        }).toList();
        return chart("response-times", ChartKind.LINE, "charts.month", points,
                ChartColumn.plotted(text("charts.time.median"), text("charts.hours")),
                ChartColumn.linkedCount(text("charts.time.circulars")), ChartColumn.count(text("charts.time.replies")));
    }

    ChartView overdueTasks(String contextPath) {
        List<ChartPoint> points = tasks.byProvince().stream()
                .filter(p -> p.overdue() > 0 || p.open() > 0)
                .sorted(Comparator.comparingLong(BoardCount::overdue).reversed().thenComparing(BoardCount::code))
                .map(p -> new ChartPoint(p.name(), List.of(ChartCell.count(p.overdue()), ChartCell.count(p.open())),
                        link(contextPath, "/admin/tasks").queryParam("province", p.code()).queryParam("overdue", true)
                                .toUriString()))
                .toList();
        return chart("overdue-tasks", ChartKind.HORIZONTAL_BAR, "charts.province", points,
                ChartColumn.plottedLinkedCount(text("charts.overdue.overdue")), ChartColumn.count(text("charts.overdue.open")));
    }

    ChartView adoptions(String contextPath, YearMonth first, YearMonth last) {
        Map<YearMonth, MonthlyAdoptions> byMonth = byMonth(submissions.adoptedPerMonth(first, last), MonthlyAdoptions::month);
        List<ChartPoint> points = months(first, last).stream().map(month -> new ChartPoint(month.toString(),
                List.of(ChartCell.count(byMonth.containsKey(month) ? byMonth.get(month).adopted() : 0)),
                link(contextPath, "/admin/submissions/review").queryParam("status", "ADOPTED")
                        .queryParam("decidedFrom", month.atDay(1)).queryParam("decidedTo", month.atEndOfMonth())
                        .toUriString())).toList();
        return chart("adoptions", ChartKind.BAR, "charts.month", points,
                ChartColumn.plottedLinkedCount(text("charts.adopted.adopted")));
    }

    private ChartView chart(String id, ChartKind kind, String categoryKey, List<ChartPoint> points, ChartColumn... columns) {
        String key = "charts." + id;
        return new ChartView(id, text(key + ".title"), text(key + ".description"), kind, text(categoryKey), List.of(columns),
                points);
    }

    /** The circulars issued and expecting a reply, as the response figures count them. */
    private static UriComponentsBuilder circularList(String contextPath) {
        return link(contextPath, "/admin/circulars").queryParam("status", "ISSUED").queryParam("replyExpected", true);
    }

    private static UriComponentsBuilder link(String contextPath, String path) {
        return UriComponentsBuilder.fromPath(contextPath + path).encode();
    }

    private static List<YearMonth> months(YearMonth first, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static <T> Map<YearMonth, T> byMonth(List<T> figures, Function<T, YearMonth> month) {
        return figures.stream().collect(Collectors.toMap(month, Function.identity()));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
