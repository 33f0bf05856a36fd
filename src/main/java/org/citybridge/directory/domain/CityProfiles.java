package org.citybridge.directory.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.citybridge.directory.LeaderPost;
import org.citybridge.directory.Membership;
import org.citybridge.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to a city's profile: description, membership and tags, and its leaders. */
@Service
@Transactional
public class CityProfiles {

    private final CityRepository cities;
    private final LeaderRepository leaders;
    private final RosterAccess access;
    private final RosterJournal journal;

    CityProfiles(CityRepository cities, LeaderRepository leaders, RosterAccess access, RosterJournal journal) {
        this.cities = cities;
        this.leaders = leaders;
        this.access = access;
        this.journal = journal;
    }

    public void describe(String code, String address, String notes) {
        access.requireEditCity(code);
        City city = city(code);
        Map<String, Object> before = city.snapshot();
        city.describe(address, notes);
        journal.record("city.describe", "city", code, before, city.snapshot());
    }

    public void changeMembership(String code, Membership membership, LocalDate memberSince, Set<String> tags) {
        access.requireSecretariat();
        City city = city(code);
        Map<String, Object> before = city.snapshot();
        city.changeMembership(membership, memberSince);
        city.retag(tags);
        journal.record("city.membership", "city", code, before, city.snapshot());
    }

    public long addLeader(String code, String name, LeaderPost post, LocalDate from, LocalDate to) {
        access.requireEditCity(code);
        city(code);
        CityLeader leader = leaders.save(new CityLeader(code, name, post, from, to));
        journal.record("leader.add", "city_leader", leader.id(), null, leader.snapshot());
        return leader.id();
    }

    public void endLeaderTerm(String code, long leaderId, LocalDate on) {
        access.requireEditCity(code);
        CityLeader leader = leaders.findByIdAndCityCode(leaderId, code)
                .orElseThrow(() -> new NotFoundException("roster.error.unknownLeader", leaderId));
        Map<String, Object> before = leader.snapshot();
        leader.endTerm(on);
        journal.record("leader.endTerm", "city_leader", leaderId, before, leader.snapshot());
    }

    private City city(String code) {
        return cities.findById(code).orElseThrow(() -> CityNotFound.of(code));
    }
}
