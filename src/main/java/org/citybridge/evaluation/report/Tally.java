package org.citybridge.evaluation.report;

/**
 * The year's work counted over some member cities (nationwide or one province's), as the work report shows it.
 *
 * @param coveredCities   member cities with a liaison in post on the report's day
 * @param handovers       liaison posts handed to a successor during the year
 * @param circulars       circulars issued in the year that reached these cities, withdrawn ones left out
 * @param copies          the cities' copies of those circulars
 * @param expectingReply  copies that asked for a reply (a receipt form or a reply link)
 * @param replied         copies whose reply stands
 * @param repliedOnTime   copies whose reply that stands came by the deadline
 * @param tasks           tasks assigned in the year to these cities, cancelled assignments left out
 * @param assignments     the cities' assignments of those tasks
 * @param overdue         assignments waiting for the city past their due date on the report's day
 * @param events          events held in the year (for a province: those its delegates checked in at)
 * @param commended       liaisons commended for the year; null while the year's commendations are not recorded
 */
public record Tally(long memberCities, long coveredCities, long handovers, long circulars, long copies,
                    long expectingReply, long replied, long repliedOnTime, long tasks, long assignments, long completed,
                    long overdue, long reportsSubmitted, long reportsAdopted, long reportsPublished, long hits, long events,
                    long citiesPresent, long delegatesPresent, Long commended) {

    public String coverageRate() {
        return Percent.of(coveredCities, memberCities);
    }

    public String receiptRate() {
        return Percent.of(replied, expectingReply);
    }

    public String onTimeRate() {
        return Percent.of(repliedOnTime, expectingReply);
    }

    public String completionRate() {
        return Percent.of(completed, assignments);
    }

    public String adoptionRate() {
        return Percent.of(reportsAdopted, reportsSubmitted);
    }

    /** The receipt rate as a share from 0 to 1, for the chart; 0 when no reply was asked for. */
    public double receiptShare() {
        return expectingReply == 0 ? 0 : (double) replied / expectingReply;
    }
}
