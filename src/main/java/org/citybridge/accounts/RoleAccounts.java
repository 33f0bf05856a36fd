package org.citybridge.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citybridge.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enabled accounts of some roles, for another module that lets the secretariat choose among them (the events
 * module's check-in staff of an event, the portal's reviewers). Usernames are answered in lower case: they are unique
 * regardless of case.
 */
@Component
public class RoleAccounts {

    /** An enabled account: its username in lower case and its display name (else its username). */
    public record Holder(String username, String name) {
    }

    private final JdbcClient jdbc;

    RoleAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every enabled account of the roles, by name. */
    public List<Holder> enabled(Role... roles) {
        return jdbc.sql("""
                        SELECT lower(username) AS username, COALESCE(NULLIF(btrim(display_name), ''), username) AS name
                        FROM user_account WHERE role IN (:roles) AND enabled ORDER BY name, username""")
                .param("roles", names(roles)).query(Holder.class).list();
    }

    /** Whether the username is an enabled account of one of the roles. */
    public boolean holds(String username, Role... roles) {
        return username != null && jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM user_account WHERE lower(username) = :username AND role IN (:roles) AND enabled)""")
                .param("username", username.strip().toLowerCase(Locale.ROOT)).param("roles", names(roles))
                .query(Boolean.class).single();
    }

    private static List<String> names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toList();
    }
}
