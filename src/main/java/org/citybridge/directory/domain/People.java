package org.citybridge.directory.domain;

import java.util.Map;

import org.citybridge.directory.PersonDetails;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating people and keeping their contact details. */
@Service
@Transactional
public class People {

    private final PersonRepository people;
    private final RosterAccess access;
    private final RosterJournal journal;

    People(PersonRepository people, RosterAccess access, RosterJournal journal) {
        this.people = people;
        this.access = access;
        this.journal = journal;
    }

    public long create(PersonDetails details) {
        access.requireSecretariat();
        Person person = people.save(new Person(details));
        journal.record("person.create", "person", person.id(), null, person.snapshot());
        return person.id();
    }

    public void update(long id, long expectedVersion, PersonDetails details) {
        access.requireEditPerson(id);
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("roster.error.unknownPerson", id));
        if (person.version() != expectedVersion) {
            throw RuleViolation.of("error.concurrentChange");
        }
        Map<String, Object> before = person.snapshot();
        if (person.update(details)) {
            journal.record("person.update", "person", id, before, person.snapshot());
        }
    }
}
