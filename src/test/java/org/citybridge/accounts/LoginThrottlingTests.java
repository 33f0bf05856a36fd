package org.citybridge.accounts;

import java.time.Duration;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import org.citybridge.CityBridgeApplication;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.MutableClock;
import org.citybridge.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in throttling as an attacker meets it and as the account's owner does, through the real sign-in form and HTTP
 * Basic on the API, with the buckets in PostgreSQL and the application's clock moved by hand: an automated scan
 * slows guessing down but locks nobody out (OWASP's device cookies), and the counts hold across instances.
 */
@IntegrationTest
@Import(TestClock.class)
// the second instance of the last test runs on this context's database: both are closed right after this class
@DirtiesContext
class LoginThrottlingTests {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER_AT_THE_OFFICE = "198.51.100.7";
    private static final String OWNER_ON_A_TRIP = "198.51.100.99";
    private static final String COLLEAGUE = "198.51.100.120";
    /** citybridge.login.account-delay's default: the pace of unknown clients once an account's free attempts are spent. */
    private static final int STATED_DELAY_SECONDS = 30;

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void everyBucketStartsFull() {
        jdbc.sql("DELETE FROM login_throttle_bucket").update();
    }

    @Test
    void aThousandFailuresForAdminFromOneAddressLockNeitherTheOwnerNorOtherAddressesOut() throws Exception {
        Cookie device = deviceCookieOf(mvc.perform(signIn("admin", Fixtures.ADMIN_PASSWORD, OWNER_AT_THE_OFFICE))
                .andExpect(redirectedUrl("/admin")).andReturn());

        int wrongPasswords = 0;
        int refusedUnchecked = 0;
        for (int i = 0; i < 1000; i++) {
            if (i % 2 == 0) {
                String back = mvc.perform(signIn("admin", "guess-" + i, ATTACKER)).andReturn().getResponse().getRedirectedUrl();
                wrongPasswords += "/login?error=bad".equals(back) ? 1 : 0;
                refusedUnchecked += "/login?error=throttled".equals(back) ? 1 : 0;
            } else {
                MvcResult answer = mvc.perform(get("/api/v1/me").with(httpBasic("admin", "guess-" + i)).with(from(ATTACKER)))
                        .andExpect(status().isUnauthorized()).andReturn();
                boolean throttled = answer.getResponse().getHeader("Retry-After") != null;
                wrongPasswords += throttled ? 0 : 1;
                refusedUnchecked += throttled ? 1 : 0;
            }
        }
        assertThat(wrongPasswords).as("guesses let through to the password check").isEqualTo(5);
        assertThat(refusedUnchecked).isEqualTo(995);

        // the owner's browser signed in before: its device cookie has a bucket of its own, full
        mvc.perform(signIn("admin", Fixtures.ADMIN_PASSWORD, OWNER_AT_THE_OFFICE, device))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).cookie(device).with(from(OWNER_AT_THE_OFFICE)))
                .andExpect(status().isOk());

        // a new device waits the stated short delay, told so on the page and in the API's problem, in either language
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).with(from(OWNER_ON_A_TRIP)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Retry-After", String.valueOf(STATED_DELAY_SECONDS)))
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:login-throttled"))
                .andExpect(jsonPath("$.detail").value("登录失败次数过多，请 " + STATED_DELAY_SECONDS + " 秒后再试。"));
        MvcResult refused = mvc.perform(signIn("admin", Fixtures.ADMIN_PASSWORD, OWNER_ON_A_TRIP))
                .andExpect(redirectedUrl("/login?error=throttled")).andReturn();
        Cookie session = refused.getResponse().getCookie("SESSION");
        mvc.perform(get("/login").param("error", "throttled").cookie(session))
                .andExpect(content().string(containsString("登录失败次数过多，请 " + STATED_DELAY_SECONDS + " 秒后再试。")));
        mvc.perform(get("/login").param("error", "throttled").param("lang", "en").cookie(session))
                .andExpect(content().string(containsString("Please try again in " + STATED_DELAY_SECONDS + " seconds.")));

        // the attacker's address has spent its own budget; a colleague's address has not
        String colleague = fixtures.account(Role.STAFF);
        mvc.perform(signIn(colleague, Fixtures.PASSWORD, ATTACKER))
                .andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(signIn(colleague, Fixtures.PASSWORD, COLLEAGUE))
                .andExpect(redirectedUrl("/admin"));

        clock.advance(Duration.ofSeconds(STATED_DELAY_SECONDS));
        mvc.perform(signIn("admin", Fixtures.ADMIN_PASSWORD, OWNER_ON_A_TRIP))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aDeviceCookieIsForItsOwnAccountAndSignedByTheApplication() throws Exception {
        String owner = fixtures.account(Role.STAFF);
        String other = fixtures.account(Role.STAFF);
        Cookie ownersDevice = deviceCookieOf(mvc.perform(signIn(owner, Fixtures.PASSWORD, OWNER_AT_THE_OFFICE)).andReturn());
        String[] parts = ownersDevice.getValue().split("\\.");
        char first = parts[2].charAt(0);
        Cookie forged = new Cookie("citybridge_device", parts[0] + "." + parts[1] + "." + (first == 'A' ? 'B' : 'A') + parts[2].substring(1));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(other, "guess-" + i, "198.51.100." + i, ownersDevice));
            mvc.perform(signIn(owner, "guess-" + i, "198.51.100." + (10 + i), forged));
        }
        // the owner's cookie did not make those attempts on another account a known device's, nor did a forged one
        mvc.perform(signIn(other, Fixtures.PASSWORD, COLLEAGUE, ownersDevice))
                .andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(signIn(owner, Fixtures.PASSWORD, COLLEAGUE))
                .andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(signIn(owner, Fixtures.PASSWORD, COLLEAGUE, ownersDevice))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void instancesOnOneDatabaseShareTheCountsAndTheDeviceCookies() throws Exception {
        String user = fixtures.account(Role.STAFF);
        try (ConfigurableApplicationContext second = secondInstance()) {
            MockMvc other = mockMvcOf((WebApplicationContext) second);
            Cookie device = deviceCookieOf(other.perform(signIn(user, Fixtures.PASSWORD, OWNER_AT_THE_OFFICE))
                    .andExpect(redirectedUrl("/admin")).andReturn());
            for (int i = 0; i < 5; i++) {
                other.perform(signIn(user, "guess-" + i, ATTACKER))
                        .andExpect(redirectedUrl("/login?error=bad"));
            }
            mvc.perform(signIn(user, Fixtures.PASSWORD, OWNER_ON_A_TRIP))
                    .andExpect(redirectedUrl("/login?error=throttled"));
            mvc.perform(signIn(user, Fixtures.PASSWORD, OWNER_ON_A_TRIP, device))
                    .andExpect(redirectedUrl("/admin"));
        }
    }

    /** Another instance of the application on this test's database and clock, as a second server behind a proxy. */
    private ConfigurableApplicationContext secondInstance() {
        HikariDataSource database = context.getBean(HikariDataSource.class);
        return new SpringApplicationBuilder(CityBridgeApplication.class)
                .initializers(instance -> instance.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + database.getPassword(),
                        "--citybridge.data-dir=target/test-data/" + UUID.randomUUID(), "--spring.main.banner-mode=off");
    }

    private static MockMvc mockMvcOf(WebApplicationContext instance) {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(instance).apply(springSecurity());
        new SpringBootMockMvcBuilderCustomizer(instance).customize(builder);
        return builder.build();
    }

    private static Cookie deviceCookieOf(MvcResult signIn) {
        String header = signIn.getResponse().getHeaders("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("citybridge_device=")).findFirst().orElseThrow();
        assertThat(header).contains("HttpOnly", "SameSite=Strict", "Path=/");
        return new Cookie("citybridge_device", header.substring("citybridge_device=".length(), header.indexOf(';')));
    }

    /** The sign-in form sent from a client address, with the browser's cookies. */
    private static MockHttpServletRequestBuilder signIn(String username, String password, String address, Cookie... cookies) {
        MockHttpServletRequestBuilder request = post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address));
        return cookies.length == 0 ? request : request.cookie(cookies);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
