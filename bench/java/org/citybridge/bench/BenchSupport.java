package org.citybridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.shared.Actor;
import org.citybridge.shared.HasActor;
import org.citybridge.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What every benchmark needs: signing in over HTTP, fetching a page, acting as the administrator in-process. */
final class BenchSupport {

    /** One client for every fetch: a client per fetch left thousands of selector threads in the measured process. */
    private static final HttpClient FETCHING = HttpClient.newHttpClient();

    private BenchSupport() {
    }

    static String login(String base, String password) throws Exception {
        return login(base, "admin", password);
    }

    static String login(String base, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        return signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
    }

    static byte[] fetch(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = FETCHING.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * The application's arguments for a benchmark of the public site: a fresh (or, with {@code throwaway} false, kept)
     * data folder, the production defaults that the test resources on this class path would otherwise change (page
     * cache 1 s, pool of 10), quiet logs, and {@code -DappArgs="--a=b --c=d"}.
     */
    static String[] publicSiteArgs(Path data, boolean throwaway) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--citybridge.data-dir=" + data,
                "--citybridge.embedded-database.throwaway=" + throwaway, "--citybridge.admin-password=Bench-password-2026",
                "--citybridge.portal.page-cache-ttl=1s", "--spring.datasource.hikari.maximum-pool-size=10",
                "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off"));
        args.addAll(List.of(System.getProperty("appArgs", "").split(" ")).stream().filter(a -> !a.isBlank()).toList());
        return args.toArray(String[]::new);
    }

    static void asAdmin() {
        HasActor admin = () -> new Actor("admin", Role.ADMIN, null, null, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                admin, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
