package org.citybridge.directory.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.PersonDetails;

/** The people and appointments an import may touch, indexed the ways an imported row identifies them. */
final class KnownRoster {

    private final Map<String, Person> byMobile = new HashMap<>();
    private final Map<String, Person> byEmail = new HashMap<>();
    private final Map<String, Person> byCity = new HashMap<>();
    private final Map<Long, Person> byId = new HashMap<>();
    private final Map<AppointmentKey, LiaisonAppointment> appointments = new HashMap<>();

    KnownRoster(Collection<Person> people, Collection<LiaisonAppointment> appointments) {
        people.forEach(this::remember);
        appointments.forEach(this::remember);
    }

    /** By name and mobile, else name and email, else name and an appointment in the row's city. */
    Optional<Person> match(ImportedRow row) {
        PersonDetails details = row.person();
        return Stream.of(find(byMobile, details.name(), details.mobile()), find(byEmail, details.name(), details.email()),
                        find(byCity, details.name(), row.cityCode()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    Optional<LiaisonAppointment> appointment(long personId, ImportedRow row) {
        return Optional.ofNullable(appointments.get(new AppointmentKey(personId, row.cityCode(), row.role(), row.from())));
    }

    void remember(Person person) {
        byId.put(person.id(), person);
        index(byMobile, person.name(), person.mobile(), person);
        index(byEmail, person.name(), person.email(), person);
    }

    void remember(LiaisonAppointment appointment) {
        appointments.put(new AppointmentKey(appointment.personId(), appointment.cityCode(), appointment.role(),
                appointment.startDate()), appointment);
        Person person = byId.get(appointment.personId());
        if (person != null) {
            index(byCity, person.name(), appointment.cityCode(), person);
        }
    }

    private static void index(Map<String, Person> index, String name, String value, Person person) {
        if (value != null) {
            index.putIfAbsent(key(name, value), person);
        }
    }

    private static Optional<Person> find(Map<String, Person> index, String name, String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(index.get(key(name, value)));
    }

    private static String key(String name, String value) {
        return name + '\u0000' + value;
    }

    private record AppointmentKey(long personId, String cityCode, LiaisonRole role, LocalDate start) {
    }
}
