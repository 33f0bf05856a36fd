package org.citybridge.evaluation.report;

import java.time.Clock;
import java.time.LocalDate;

import org.citybridge.evaluation.domain.YearRecordsReader;
import org.citybridge.events.EventRecords;
import org.citybridge.shared.Actors;
import org.citybridge.shared.DateRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's figures for the work report, for the secretariat only, from one read of each source module. */
@Service
@Transactional(readOnly = true)
public class WorkReportFigures {

    private final YearRecordsReader records;
    private final EventRecords events;
    private final YearCommendations commendations;
    private final Clock clock;

    WorkReportFigures(YearRecordsReader records, EventRecords events, YearCommendations commendations,
                      Clock clock) {
        this.records = records;
        this.events = events;
        this.commendations = commendations;
        this.clock = clock;
    }

    public YearFigures figures(int year) {
        Actors.requireSecretariat();
        WorkReports.requireYear(year);
        DateRange period = DateRange.year(year);
        LocalDate lastDay = period.until().minusDays(1);
        LocalDate today = LocalDate.now(clock);
        return FigureCounting.count(year, records.read(period), events.eventsHeldIn(period),
                commendations.commendedByCity(year).orElse(null), today.isBefore(lastDay) ? today : lastDay);
    }
}
