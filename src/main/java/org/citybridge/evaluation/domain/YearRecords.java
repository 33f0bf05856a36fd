package org.citybridge.evaluation.domain;

import java.util.List;

import org.citybridge.circulars.DeliveryRecord;
import org.citybridge.directory.LiaisonTerm;
import org.citybridge.directory.MemberCity;
import org.citybridge.directory.RosterConfirmation;
import org.citybridge.events.EventAttendanceRecord;
import org.citybridge.shared.DateRange;
import org.citybridge.submissions.ReportRecord;
import org.citybridge.tasks.AssignmentRecord;

/** Everything a year's scores are computed from, as the source modules answered it (one read each). */
public record YearRecords(DateRange period, List<MemberCity> cities, List<LiaisonTerm> terms,
                          List<DeliveryRecord> deliveries, List<AssignmentRecord> assignments, List<ReportRecord> reports,
                          List<EventAttendanceRecord> attendance, List<RosterConfirmation> confirmations) {
}
