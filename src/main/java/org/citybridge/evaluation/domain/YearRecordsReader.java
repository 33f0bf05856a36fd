package org.citybridge.evaluation.domain;

import org.citybridge.circulars.CircularsApi;
import org.citybridge.directory.RosterRecords;
import org.citybridge.events.EventRecords;
import org.citybridge.shared.DateRange;
import org.citybridge.submissions.ReportRecords;
import org.citybridge.tasks.AssignmentRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A period's work records, one read of each source module, without access check: the caller checks who reads. */
@Component
@Transactional(readOnly = true)
public class YearRecordsReader {

    private final RosterRecords roster;
    private final CircularsApi circulars;
    private final AssignmentRecords tasks;
    private final ReportRecords reports;
    private final EventRecords events;

    YearRecordsReader(RosterRecords roster, CircularsApi circulars, AssignmentRecords tasks, ReportRecords reports,
                      EventRecords events) {
        this.roster = roster;
        this.circulars = circulars;
        this.tasks = tasks;
        this.reports = reports;
        this.events = events;
    }

    public YearRecords read(DateRange period) {
        return new YearRecords(period, roster.memberCities(), roster.liaisonTerms(period), circulars.deliveryRecords(period),
                tasks.assignedIn(period), reports.submittedIn(period), events.heldIn(period), roster.confirmations(period));
    }
}
