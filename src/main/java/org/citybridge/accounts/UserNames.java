package org.citybridge.accounts;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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

    UserNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String of(String username) {
        return username == null || username.isBlank() ? "" : ofAll(List.of(username)).get(username);
    }

    /**
     * Every given username with its name, in one query (a null or blank one maps to ""). Named apart from
     * {@link #of(String)} so that a template passing null still calls the single lookup.
     */
    public Map<String, String> ofAll(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = usernames.stream().filter(Objects::nonNull).filter(u -> !u.isBlank()).distinct().toList();
        Map<String, String> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            jdbc.sql("""
                            SELECT lower(u.username) AS username,
                                   COALESCE(p.name, NULLIF(btrim(u.display_name), ''), u.username) AS name
                            FROM user_account u LEFT JOIN person p ON p.id = u.person_id
                            WHERE lower(u.username) IN (:usernames)""")
                    .param("usernames", wanted.stream().map(u -> u.toLowerCase(Locale.ROOT)).toList())
                    .query((rs, n) -> found.put(rs.getString("username"), rs.getString("name"))).list();
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
}
