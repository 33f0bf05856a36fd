package org.citybridge.events;

import java.time.LocalDate;

/**
 * One city at one event held in a period, as a year's work record: the city was invited (by the event's invitation
 * circular) or answered it; how many of its delegates held a place and how many checked in at the event.
 *
 * @param kind                 the event's kind: {@code ANNUAL_CONFERENCE}, {@code TRAINING} or {@code FORUM}
 * @param invitationCircularId the circular that invited the cities; null when the event was not announced by one
 * @param answered             whether the city answered (registered a delegation, or declined)
 */
public record EventAttendanceRecord(long eventId, String title, String kind, LocalDate startsOn, LocalDate endsOn,
                                    Long invitationCircularId, String cityCode, boolean answered, long registered,
                                    long checkedIn) {

    public static final String ANNUAL_CONFERENCE = "ANNUAL_CONFERENCE";

    public boolean annualConference() {
        return ANNUAL_CONFERENCE.equals(kind);
    }
}
