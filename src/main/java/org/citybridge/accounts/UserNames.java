package org.citybridge.accounts;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.citybridge.directory.CityDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who a username is, for people to read: the roster person's name for a linked liaison account, else the account's
 * display name, else the username itself (e.g. "system" or an account since deleted). A page or file with many names
 * looks them all up at once: templates as {@code th:with="names=${@userNames.ofAll(rows.![readBy()])}"}, then
 * {@code ${names.get(r.readBy())}} (a null username maps to ""); the signed-in user's own name is looked up once
 * per request ({@link #signedIn}).
 */
@Component("userNames")
public class UserNames {

    private static final String SIGNED_IN = UserNames.class.getName() + ".signedIn";

    private final JdbcClient jdbc;
    private final CityDirectory directory;

    UserNames(JdbcClient jdbc, CityDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public String of(String username) {
        return username == null || username.isBlank() ? "" : ofAll(List.of(username)).get(username);
    }

    /**
     * Every given username with its name, in one query for the accounts and one to the roster for their people (a
     * null or blank username maps to ""). Named apart from {@link #of(String)} so that a template passing null still
     * calls the single lookup.
     */
    public Map<String, String> ofAll(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = usernames.stream().filter(Objects::nonNull).filter(u -> !u.isBlank()).distinct().toList();
        Map<String, String> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            List<Account> accounts = jdbc.sql("""
                            SELECT lower(username) AS username, person_id,
                                   COALESCE(NULLIF(btrim(display_name), ''), username) AS display_name
                            FROM user_account WHERE lower(username) IN (:usernames)""")
                    .param("usernames", wanted.stream().map(u -> u.toLowerCase(Locale.ROOT)).toList())
                    .query((rs, n) -> new Account(rs.getString("username"), rs.getObject("person_id", Long.class),
                            rs.getString("display_name")))
                    .list();
            Map<Long, String> people = directory.personNames(
                    accounts.stream().map(Account::personId).filter(Objects::nonNull).toList());
            accounts.forEach(a -> found.put(a.username(), a.personId() == null ? a.displayName()
                    : people.getOrDefault(a.personId(), a.displayName())));
        }
        usernames.forEach(u -> names.put(u, u == null || u.isBlank() ? "" : found.getOrDefault(u.toLowerCase(Locale.ROOT), u)));
        return Collections.unmodifiableMap(names);
    }

    /** The signed-in user's name for the page layout, looked up once per request however often a page shows it. */
    public String signedIn(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return of(username);
        }
        Object cached = request.getAttribute(SIGNED_IN, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof String[] pair && Objects.equals(pair[0], username)) {
            return pair[1];
        }
        String name = of(username);
        request.setAttribute(SIGNED_IN, new String[]{username, name}, RequestAttributes.SCOPE_REQUEST);
        return name;
    }

    /** An account as found: its username in lower case, its roster person (or null), its display name else username. */
    private record Account(String username, Long personId, String displayName) {
    }
}
