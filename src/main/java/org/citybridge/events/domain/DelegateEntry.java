package org.citybridge.events.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.citybridge.directory.Gender;
import org.citybridge.directory.PhoneNumbers;

/**
 * One delegate as the city's liaison enters them. Diet, role and lodging default to none, delegate and a shared room.
 *
 * @param id             the delegate's id when amending one; null for a new delegate
 * @param arrivalTrip    flight or train number (航班/车次)
 * @param arrivalStation airport or station
 * @param visitGroupId   the chosen site-visit group, if any
 * @param sessionIds     the chosen optional sessions
 */
public record DelegateEntry(Long id, String name, Gender gender, String post, String unit, String mobile, Diet diet,
                            String dietNote, DelegateRole role, LocalDate arrivalDate, LocalTime arrivalTime,
                            String arrivalTrip, String arrivalStation, LocalDate departureDate, LocalTime departureTime,
                            String departureTrip, String departureStation, Lodging lodging, Long visitGroupId,
                            List<Long> sessionIds) {

    static final DelegateEntry EMPTY = new DelegateEntry(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    public DelegateEntry {
        name = clean(name);
        post = clean(post);
        unit = clean(unit);
        mobile = clean(PhoneNumbers.mobile(mobile));
        diet = diet == null ? Diet.NONE : diet;
        dietNote = diet == Diet.OTHER ? clean(dietNote) : "";
        role = role == null ? DelegateRole.DELEGATE : role;
        arrivalTrip = clean(arrivalTrip);
        arrivalStation = clean(arrivalStation);
        departureTrip = clean(departureTrip);
        departureStation = clean(departureStation);
        lodging = lodging == null ? Lodging.SHARED : lodging;
        sessionIds = sessionIds == null ? List.of() : sessionIds.stream().filter(s -> s != null).distinct().toList();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
