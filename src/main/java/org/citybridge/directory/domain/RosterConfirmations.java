package org.citybridge.directory.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.citybridge.directory.RosterConfirmation;
import org.citybridge.directory.RosterRecords;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city confirms that its roster and contacts are checked and correct: its liaison, or the secretariat on its
 * behalf. Audited like any roster change.
 */
@Service
@Transactional
public class RosterConfirmations {

    private final JdbcClient jdbc;
    private final RosterAccess access;
    private final RosterJournal journal;
    private final RosterRecords records;
    private final Clock clock;

    RosterConfirmations(JdbcClient jdbc, RosterAccess access, RosterJournal journal, RosterRecords records, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.records = records;
        this.clock = clock;
    }

    public long confirm(String cityCode) {
        Actor actor = access.requireEditCity(cityCode);
        Long personId = actor.role() == Role.LIAISON ? actor.personId() : null;
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO roster_confirmation (city_code, person_id, confirmed_by, confirmed_at)
                        VALUES (:city, :person, :by, :at) RETURNING id""")
                .param("city", cityCode).param("person", personId).param("by", actor.username())
                .param("at", Timestamp.from(now)).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cityCode", cityCode);
        after.put("personId", personId);
        after.put("confirmedAt", now.toString());
        journal.record("roster.confirm", "roster_confirmation", id, null, after);
        return id;
    }

    /** The city's latest confirmation, for its page; within the reader's scope. */
    @Transactional(readOnly = true)
    public Optional<RosterConfirmation> latest(String cityCode) {
        access.requireReadCity(cityCode);
        return records.latestConfirmation(cityCode);
    }
}
