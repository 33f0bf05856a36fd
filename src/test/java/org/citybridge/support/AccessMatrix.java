package org.citybridge.support;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Runs every case against every role and asserts the status each role must get: web requests carry the role's
 * session cookie, API requests its HTTP Basic credentials, and the role {@link #ANONYMOUS} carries neither.
 *
 * @param <I> the ids a case's request is built from, made afresh for each test that may change something (see {@link
 *            #withFreshIds})
 */
public final class AccessMatrix<I> {

    public static final String ANONYMOUS = "ANONYMOUS";

    /** One request and the status each role gets, in the order of the matrix's roles. */
    public record Case<I>(String name, Function<I, AbstractMockHttpServletRequestBuilder<?>> request, int... expected) {

        /** A request that needs no fresh ids. */
        public Case(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, int... expected) {
            this(name, ids -> request.get(), expected);
        }
    }

    /** A further check on the answer a role got, after its status was asserted. */
    @FunctionalInterface
    public interface Check {
        void verify(String role, MockHttpServletResponse response) throws Exception;
    }

    private final MockMvc mvc;
    private final List<String> roles;
    private final Map<String, String> usernames;
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, Cookie> sessions = new HashMap<>();
    private Supplier<I> freshIds = () -> null;
    private I readOnlyIds;
    private List<String> secrets = List.of();
    private final Map<String, List<String>> foreign = new HashMap<>();
    private boolean problemDetails;
    private Check webCheck = (role, response) -> {
    };

    /**
     * @param roles     the roles in the order of every case's expected statuses
     * @param usernames the account of each role but {@link #ANONYMOUS}; its password is {@link Fixtures#PASSWORD}
     */
    public AccessMatrix(MockMvc mvc, List<String> roles, Map<String, String> usernames) {
        this.mvc = mvc;
        this.roles = List.copyOf(roles);
        this.usernames = usernames;
    }

    public AccessMatrix<I> withPassword(String role, String password) {
        passwords.put(role, password);
        return this;
    }

    /** Makes the ids of a request that may change something anew for each role, so that no role's change decides another's answer. */
    public AccessMatrix<I> withFreshIds(Supplier<I> freshIds) {
        this.freshIds = freshIds;
        return this;
    }

    /** Error answers (status 400 and up), web and API, must not show any of these texts. */
    public AccessMatrix<I> neverShowing(String... secrets) {
        this.secrets = List.of(secrets);
        return this;
    }

    /**
     * Texts of data the role must never get (another city's name, code or rows), checked in every answer the role
     * gets, successful ones included; a workbook answer is read cell by cell, a PDF as its text. A marker in the
     * request's own address is not checked for that request (an error may repeat what was asked for).
     */
    public AccessMatrix<I> neverShowingTo(String role, String... markers) {
        if (!roles.contains(role)) {
            throw new IllegalArgumentException("no role " + role);
        }
        foreign.put(role, List.of(markers));
        return this;
    }

    /** API error answers (status 400 and up) must be application/problem+json. */
    public AccessMatrix<I> withProblemDetails() {
        this.problemDetails = true;
        return this;
    }

    public AccessMatrix<I> withWebCheck(Check webCheck) {
        this.webCheck = webCheck;
        return this;
    }

    public Stream<DynamicTest> web(List<Case<I>> cases) {
        return tests(cases, (role, request) -> request.cookie(session(role)), false, (role, response) -> {
            assertNoSecretsIn(response);
            webCheck.verify(role, response);
        });
    }

    public Stream<DynamicTest> api(List<Case<I>> cases) {
        return tests(cases, (role, request) -> request.with(httpBasic(usernames.get(role), password(role))), true, (role, response) -> {
            if (problemDetails && response.getStatus() >= 400) {
                assertThat(response.getContentType()).startsWith("application/problem+json");
            }
            assertNoSecretsIn(response);
        });
    }

    /** The role's session, signed in once per matrix. */
    public Cookie session(String role) {
        return sessions.computeIfAbsent(role, r -> {
            try {
                return Sessions.login(mvc, usernames.get(r), password(r));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String password(String role) {
        return passwords.getOrDefault(role, Fixtures.PASSWORD);
    }

    private interface Credentials {
        void add(String role, AbstractMockHttpServletRequestBuilder<?> request);
    }

    private Stream<DynamicTest> tests(List<Case<I>> cases, Credentials credentials, boolean bodyInFailure, Check check) {
        return cases.stream().flatMap(c -> {
            if (c.expected().length != roles.size()) {
                throw new IllegalArgumentException(c.name() + ": " + c.expected().length + " statuses for " + roles.size() + " roles");
            }
            return roles.stream().map(role -> DynamicTest.dynamicTest(c.name() + " as " + role, () -> {
                var request = request(c);
                if (!role.equals(ANONYMOUS)) {
                    credentials.add(role, request);
                }
                var result = mvc.perform(request).andReturn();
                var response = result.getResponse();
                String description = c.name() + " as " + role + (bodyInFailure ? ": " + response.getContentAsString() : "");
                assertThat(response.getStatus()).as(description).isEqualTo(c.expected()[roles.indexOf(role)]);
                assertNoForeignDataIn(c.name() + " as " + role, role, result.getRequest(), response);
                check.verify(role, response);
            }));
        });
    }

    /**
     * The case's request, built on ids made afresh when it may change something; a GET or HEAD changes nothing a
     * role's answer depends on, so such requests share one set of ids, made once per matrix.
     */
    private AbstractMockHttpServletRequestBuilder<?> request(Case<I> c) {
        if (readOnlyIds == null) {
            readOnlyIds = freshIds.get();
        }
        var request = c.request().apply(readOnlyIds);
        String method = request.buildRequest(new MockServletContext()).getMethod();
        return method.equals("GET") || method.equals("HEAD") ? request : c.request().apply(freshIds.get());
    }

    private void assertNoSecretsIn(MockHttpServletResponse response) throws Exception {
        if (response.getStatus() >= 400) {
            for (String secret : secrets) {
                assertThat(response.getContentAsString()).doesNotContain(secret);
            }
        }
    }

    /** A marker the caller put in the address itself (a city code reached for by id) may be echoed back. */
    private void assertNoForeignDataIn(String description, String role, MockHttpServletRequest request,
                                       MockHttpServletResponse response) throws Exception {
        List<String> markers = foreign.getOrDefault(role, List.of());
        if (markers.isEmpty()) {
            return;
        }
        String sent = request.getRequestURI() + "?" + request.getQueryString();
        String text = readable(response);
        for (String marker : markers) {
            if (!sent.contains(marker)) {
                assertThat(text).as(description + " shows another city's data").doesNotContain(marker);
            }
        }
    }

    /** The answer as text: a workbook's cells (sheet names included), a PDF's text, or the body. */
    public static String readable(MockHttpServletResponse response) throws Exception {
        byte[] body = response.getContentAsByteArray();
        if (new String(body, 0, Math.min(body.length, 5), StandardCharsets.US_ASCII).equals("%PDF-")) {
            try {
                return PdfContent.text(body);
            } catch (UncheckedIOException notAWholePdf) {
                // an uploaded test file that only starts like a PDF, given back byte for byte
                return new String(body, StandardCharsets.UTF_8);
            }
        }
        boolean zip = body.length > 1 && body[0] == 'P' && body[1] == 'K';
        if (!zip) {
            return new String(body, StandardCharsets.UTF_8);
        }
        var text = new StringBuilder();
        var formatter = new DataFormatter();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(body))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
