package org.citybridge.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.NewAccount;
import org.citybridge.directory.Gender;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.Membership;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.CityProfiles;
import org.citybridge.directory.domain.People;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builds roster and accounts through the real services, acting as an administrator. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-42";
    /** The bootstrap administrator "admin" signs in with this (citybridge.admin-password in the test configuration). */
    public static final String ADMIN_PASSWORD = "Chengdu-2026-secret";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final People people;
    private final Appointments appointments;
    private final CityProfiles profiles;
    private final AccountAdministration accounts;

    Fixtures(People people, Appointments appointments, CityProfiles profiles, AccountAdministration accounts) {
        this.people = people;
        this.appointments = appointments;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    public long person(String name) {
        int n = SEQUENCE.incrementAndGet();
        return asAdmin(() -> people.create(new PersonDetails(name, Gender.FEMALE, "市政府副秘书长", "市人民政府办公厅",
                String.format("139%08d", n), "028-8765432" + (n % 10), "liaison" + n + "@example.cn", null)));
    }

    public long appoint(String cityCode, long personId, LiaisonRole role, LocalDate from) {
        return asAdmin(() -> appointments.appoint(cityCode, personId, role, from));
    }

    public void member(String... cityCodes) {
        for (String code : cityCodes) {
            asAdmin(() -> {
                profiles.changeMembership(code, Membership.MEMBER, LocalDate.of(2020, 1, 1), Set.of());
                return null;
            });
        }
    }

    /** Creates an account with {@link #PASSWORD} and answers its username. */
    public String account(Role role, String cityCode, String provinceCode, Long personId) {
        String username = role.name().toLowerCase() + SEQUENCE.incrementAndGet();
        asAdmin(() -> accounts.create(new NewAccount(username, username, PASSWORD, role, cityCode, provinceCode, personId)));
        return username;
    }

    public String account(Role role) {
        return account(role, null, null, null);
    }

    public <T> T asAdmin(Supplier<T> work) {
        return as(new Actor("fixtures", Role.ADMIN, null, null, null), work);
    }

    /** Runs the work signed in as the given actor, e.g. a liaison of one city. */
    public static <T> T as(Actor actor, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(SignedIn.as(actor));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
