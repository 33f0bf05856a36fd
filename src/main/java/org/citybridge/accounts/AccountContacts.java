package org.citybridge.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where to tell people things by mail, for other modules: of the given usernames, the enabled accounts that have a mail
 * address, each with its name as {@link UserNames} gives it and the language it reads mail in. Accounts without an
 * address, disabled or unknown are left out: they are told in the application only.
 */
@Component
public class AccountContacts {

    /** An account to mail: its username in lower case, its name, its address and its language. */
    public record Contact(String username, String name, String email, Locale locale) {
    }

    private final JdbcClient jdbc;
    private final UserNames names;

    AccountContacts(JdbcClient jdbc, UserNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** The accounts of these usernames (any case) that can be mailed, by username. */
    public List<Contact> of(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).filter(u -> !u.isBlank())
                .map(u -> u.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Address> found = jdbc.sql("""
                        SELECT lower(username) AS username, email, language FROM user_account
                        WHERE lower(username) IN (:usernames) AND enabled AND email IS NOT NULL ORDER BY lower(username)""")
                .param("usernames", wanted).query(Address.class).list();
        Map<String, String> named = names.ofAll(found.stream().map(Address::username).toList());
        return found.stream().map(a -> new Contact(a.username(), named.get(a.username()), a.email(),
                Locale.forLanguageTag(a.language()))).toList();
    }

    /** The account of this username, if it can be mailed. */
    public Optional<Contact> of(String username) {
        return username == null ? Optional.empty() : of(List.of(username)).stream().findFirst();
    }

    private record Address(String username, String email, String language) {
    }
}
