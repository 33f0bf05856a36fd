package org.citybridge.directory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.citybridge.directory.PersonDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes validated roster rows: finds or creates each person, takes changed contact details (a blank cell keeps what
 * is known), creates missing appointments and sets changed end dates; everything journaled, nothing written twice.
 * <p>
 * Imports write one at a time, on every instance: each holds a lock until its transaction ends, so the next one finds
 * the people the last one created instead of creating them again (the same file committed twice changes nothing).
 */
@Component
@Transactional
public class RosterImportWriter {

    private static final int QUERY_CHUNK = 10_000;

    private final PersonRepository people;
    private final AppointmentRepository appointments;
    private final RosterAccess access;
    private final RosterJournal journal;
    private final JdbcClient jdbc;

    RosterImportWriter(PersonRepository people, AppointmentRepository appointments, RosterAccess access,
                       RosterJournal journal, JdbcClient jdbc) {
        this.people = people;
        this.appointments = appointments;
        this.access = access;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    public ImportCounts write(List<ImportedRow> rows) {
        return write(rows, written -> {
        });
    }

    /** As {@link #write(List)}, telling {@code progress} how many rows are written so far after each row. */
    public ImportCounts write(List<ImportedRow> rows, IntConsumer progress) {
        access.requireSecretariat();
        waitForOtherImports();
        KnownRoster known = load(rows);
        Tally tally = new Tally();
        for (int index = 0; index < rows.size(); index++) {
            tally.count(write(rows.get(index), known));
            progress.accept(index + 1);
        }
        return tally.counts();
    }

    /** Waits until no other import is writing, then keeps the others waiting until this transaction ends. */
    private void waitForOtherImports() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('roster-import-writer'))").query().listOfRows();
    }

    private KnownRoster load(List<ImportedRow> rows) {
        List<Person> candidates = inChunks(rows.stream().map(row -> row.person().name()).distinct().toList(),
                people::findByNameIn);
        candidates.sort(Comparator.comparing(Person::id));
        List<LiaisonAppointment> held = inChunks(candidates.stream().map(Person::id).toList(),
                appointments::findByPersonIdIn);
        return new KnownRoster(candidates, held);
    }

    private Change write(ImportedRow row, KnownRoster known) {
        Change change = new Change();
        Person person = known.match(row).orElse(null);
        if (person == null) {
            person = people.save(new Person(row.person()));
            journal.record("person.create", "person", person.id(), null, person.snapshot());
            change.personCreated = true;
        } else {
            Map<String, Object> before = person.snapshot();
            if (person.update(merged(person.details(), row.person()))) {
                journal.record("person.update", "person", person.id(), before, person.snapshot());
                change.personUpdated = true;
            }
        }
        known.remember(person);
        change.personId = person.id();
        LiaisonAppointment appointment = known.appointment(person.id(), row).orElse(null);
        if (appointment == null) {
            appointment = appointments.save(new LiaisonAppointment(person.id(), row.cityCode(), row.role(), row.from(), row.to()));
            journal.record("appointment.create", "appointment", appointment.id(), null, appointment.snapshot());
            known.remember(appointment);
            change.appointmentCreated = true;
        } else {
            Map<String, Object> before = appointment.snapshot();
            if (appointment.recordEnd(row.to())) {
                journal.record("appointment.update", "appointment", appointment.id(), before, appointment.snapshot());
                change.appointmentUpdated = true;
            }
        }
        return change;
    }

    private static PersonDetails merged(PersonDetails known, PersonDetails imported) {
        return new PersonDetails(imported.name(), or(imported.gender(), known.gender()), or(imported.post(), known.post()),
                or(imported.unit(), known.unit()), or(imported.mobile(), known.mobile()),
                or(imported.officePhone(), known.officePhone()), or(imported.email(), known.email()),
                or(imported.address(), known.address()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static <K, T> List<T> inChunks(List<K> keys, Function<Collection<K>, List<T>> query) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += QUERY_CHUNK) {
            found.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + QUERY_CHUNK))));
        }
        return found;
    }

    private static final class Change {
        long personId;
        boolean personCreated;
        boolean personUpdated;
        boolean appointmentCreated;
        boolean appointmentUpdated;

        boolean any() {
            return personCreated || personUpdated || appointmentCreated || appointmentUpdated;
        }
    }

    /** Counts each person once, however many rows name them. */
    private static final class Tally {
        final Set<Long> peopleCreated = new HashSet<>();
        final Set<Long> peopleUpdated = new HashSet<>();
        int appointmentsCreated;
        int unchanged;

        void count(Change change) {
            if (change.personCreated) {
                peopleCreated.add(change.personId);
            } else if (change.personUpdated && !peopleCreated.contains(change.personId)) {
                peopleUpdated.add(change.personId);
            }
            appointmentsCreated += change.appointmentCreated ? 1 : 0;
            unchanged += change.any() ? 0 : 1;
        }

        ImportCounts counts() {
            return new ImportCounts(peopleCreated.size(), peopleUpdated.size(), appointmentsCreated, unchanged);
        }
    }
}
