package org.citybridge.events.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.citybridge.directory.Gender;

/**
 * One delegate of a city's delegation.
 *
 * @param waitlistRank where the delegate stands in the event's waitlist (1: promoted next); null unless waitlisted
 * @param checkInCode   the signed code the delegate's badge carries ({@link CheckInCodes}); null unless registered and
 *                      the caller prints the city's badges (see {@link BadgeCodes})
 */
public record DelegateView(long id, String name, Gender gender, String post, String unit, String mobile, Diet diet,
                           String dietNote, DelegateRole role, LocalDate arrivalDate, LocalTime arrivalTime,
                           String arrivalTrip, String arrivalStation, LocalDate departureDate, LocalTime departureTime,
                           String departureTrip, String departureStation, Lodging lodging, Long visitGroupId,
                           List<Long> sessionIds, DelegateState state, Integer waitlistRank, String checkInCode) {

    DelegateView withCheckInCode(String code) {
        return new DelegateView(id, name, gender, post, unit, mobile, diet, dietNote, role, arrivalDate, arrivalTime,
                arrivalTrip, arrivalStation, departureDate, departureTime, departureTrip, departureStation, lodging,
                visitGroupId, sessionIds, state, waitlistRank, code);
    }
}
