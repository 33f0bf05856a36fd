package org.citybridge.portal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each editor wants to be told that an article waits for their review, and in which language: accounts keep no
 * mail address, so each reviewer gives one on their review queue. Without one, the queue on their home page is all.
 */
@Service
public class ReviewerContacts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** A reviewer's address and language ({@code zh-CN} or {@code en}). */
    public record Contact(String username, String email, String language) {

        public Locale locale() {
            return Locale.forLanguageTag(language);
        }
    }

    private final JdbcClient jdbc;
    private final PortalAccess access;

    ReviewerContacts(JdbcClient jdbc, PortalAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Optional<Contact> mine() {
        Actor actor = access.requireEditorial();
        return of(List.of(actor.username())).stream().findFirst();
    }

    /** Sets the signed-in editor's address and language; a blank address removes it. */
    @Transactional
    public void setMine(String email, String language) {
        Actor actor = access.requireEditorial();
        String username = actor.username().toLowerCase(Locale.ROOT);
        if (email == null || email.isBlank()) {
            jdbc.sql("DELETE FROM portal_reviewer_contact WHERE username = :u").param("u", username).update();
            return;
        }
        String address = email.strip();
        if (address.length() > 120 || !EMAIL.matcher(address).matches()) {
            throw new RuleViolation("email", "review.error.email");
        }
        String chosen = LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
        jdbc.sql("""
                        INSERT INTO portal_reviewer_contact (username, email, language) VALUES (:u, :email, :language)
                        ON CONFLICT (username) DO UPDATE SET email = EXCLUDED.email, language = EXCLUDED.language""")
                .param("u", username).param("email", address).param("language", chosen).update();
    }

    List<Contact> of(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT username, email, language FROM portal_reviewer_contact WHERE username IN (:names) ORDER BY username")
                .param("names", usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).toList())
                .query(Contact.class).list();
    }
}
