package org.citybridge.submissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.submissions.domain.Adoption;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.AccessMatrix.Case;
import org.citybridge.support.AccessMatrix;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every submissions endpoint against every role. Kunming (530100, Yunnan) is the liaison's own city and the own
 * coordinator's province; Lhasa (540100, Tibet) is the other city and the other coordinator's province. The other
 * city's liaison and the other province's coordinator must never get Kunming's reports, also not by id (404).
 */
@IntegrationTest
class SubmissionsAuthorizationTests {

    private static final String OWN = "530100";
    private static final String OTHER = "540100";
    /** The order of every case's expected statuses. */
    private static final List<String> ROLES = List.of("ADMIN", "STAFF", "EDITOR", "LIAISON", "LIAISON_OTHER", "PROVINCE",
            "PROVINCE_OTHER", AccessMatrix.ANONYMOUS);
    private static final Map<String, String> USERS = new LinkedHashMap<>();
    private static Actor ownLiaison;
    private static long submitted;
    private static long adopted;
    private static long draft;
    private static String attachment;
    private static long column;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SubmissionWriting writing;
    @Autowired
    SubmissionReview review;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void data() {
        if (!USERS.isEmpty()) {
            return;
        }
        long ownPerson = fixtures.person("昆明联络员");
        long otherPerson = fixtures.person("拉萨联络员");
        fixtures.appoint(OWN, ownPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(OTHER, otherPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        ownLiaison = SubmissionTesting.liaison(OWN, ownPerson);
        column = jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
        submitted = report(true);
        draft = report(false);
        adopted = Fixtures.as(ownLiaison, () -> writing.create(new ReportInput("昆明采用稿", SubmissionKind.EXPERIENCE, "<p>正文</p>"),
                true, List.of(new Upload("材料.pdf", SubmissionTesting.PDF))));
        Fixtures.as(SubmissionTesting.staff(), () -> review.review(adopted, ReviewAction.ADOPT, null,
                new Adoption(column, null, null, null, null, null)));
        attachment = jdbc.sql("SELECT file_id::text FROM submission_attachment WHERE submission_id = :id").param("id", adopted)
                .query(String.class).single();
        USERS.put("ADMIN", "admin");
        USERS.put("STAFF", fixtures.account(Role.STAFF));
        USERS.put("EDITOR", fixtures.account(Role.EDITOR));
        USERS.put("LIAISON", fixtures.account(Role.LIAISON, OWN, null, ownPerson));
        USERS.put("LIAISON_OTHER", fixtures.account(Role.LIAISON, OTHER, null, otherPerson));
        USERS.put("PROVINCE", fixtures.account(Role.PROVINCE, null, "530000", null));
        USERS.put("PROVINCE_OTHER", fixtures.account(Role.PROVINCE, null, "540000", null));
    }

    private static long report(boolean submit) {
        return Fixtures.as(ownLiaison, () -> SubmissionsAuthorizationTests.writingRef.create(
                new ReportInput("昆明报送", SubmissionKind.CITY_NEWS, "<p>昆明正文</p>"), submit, List.of()));
    }

    private static SubmissionWriting writingRef;

    @Autowired
    void keep(SubmissionWriting writing) {
        writingRef = writing;
    }

    private static final String REPORT = "{\"title\":\"授权测试\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>正文</p>\"}";

    private List<Case<Void>> apiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("create", () -> post("/api/v1/submissions").contentType(MediaType.APPLICATION_JSON).content(REPORT),
                403, 403, 403, 201, 201, 403, 403, 401));
        cases.add(new Case<>("submitted by id", () -> get("/api/v1/submissions/" + submitted), 200, 200, 404, 200, 404, 200, 404, 401));
        cases.add(new Case<>("adopted by id", () -> get("/api/v1/submissions/" + adopted), 200, 200, 200, 200, 404, 200, 404, 401));
        cases.add(new Case<>("draft by id", () -> get("/api/v1/submissions/" + draft), 404, 404, 404, 200, 404, 404, 404, 401));
        cases.add(new Case<>("unknown", () -> get("/api/v1/submissions/999999999"), 404, 404, 404, 404, 404, 404, 404, 401));
        cases.add(new Case<>("revise a draft", () -> put("/api/v1/submissions/" + report(false)).contentType(MediaType.APPLICATION_JSON).content(REPORT),
                404, 404, 404, 200, 404, 404, 404, 401));
        cases.add(new Case<>("return", () -> post("/api/v1/submissions/" + report(true) + "/review").contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"return\",\"opinion\":\"请修改\"}"), 200, 200, 404, 403, 404, 403, 404, 401));
        cases.add(new Case<>("adopt", () -> post("/api/v1/submissions/" + report(true) + "/review").contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"adopt\",\"columnId\":" + column + "}"), 200, 200, 404, 403, 404, 403, 404, 401));
        cases.add(new Case<>("reject an adopted one", () -> post("/api/v1/submissions/" + adopted + "/review").contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"reject\",\"opinion\":\"x\"}"), 422, 422, 403, 403, 404, 403, 404, 401));
        return cases;
    }

    private List<Case<Void>> webCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("own list", () -> get("/admin/submissions"), 302, 302, 302, 200, 200, 302, 302, 302));
        cases.add(new Case<>("review queue", () -> get("/admin/submissions/review"), 200, 200, 200, 403, 403, 200, 200, 302));
        cases.add(new Case<>("new form", () -> get("/admin/submissions/new"), 403, 403, 403, 200, 200, 403, 403, 302));
        cases.add(new Case<>("create", () -> multipart("/admin/submissions").param("title", "网页授权").param("kind", "CITY_NEWS")
                .param("bodyHtml", "<p>x</p>").with(csrf()), 403, 403, 403, 302, 302, 403, 403, 302));
        cases.add(new Case<>("submitted page", () -> get("/admin/submissions/" + submitted), 200, 200, 404, 200, 404, 200, 404, 302));
        cases.add(new Case<>("adopted page", () -> get("/admin/submissions/" + adopted), 200, 200, 200, 200, 404, 200, 404, 302));
        cases.add(new Case<>("draft page", () -> get("/admin/submissions/" + draft), 404, 404, 404, 200, 404, 404, 404, 302));
        cases.add(new Case<>("edit a draft", () -> get("/admin/submissions/" + draft + "/edit"), 404, 404, 404, 200, 404, 404, 404, 302));
        cases.add(new Case<>("save a draft", () -> multipart("/admin/submissions/" + report(false)).param("title", "改").param("kind", "CITY_NEWS")
                .param("bodyHtml", "<p>x</p>").with(csrf()), 404, 404, 404, 302, 404, 404, 404, 302));
        cases.add(new Case<>("submit a draft", () -> post("/admin/submissions/" + report(false) + "/submit").with(csrf()),
                404, 404, 404, 302, 404, 404, 404, 302));
        cases.add(new Case<>("return", () -> post("/admin/submissions/" + report(true) + "/review").param("action", "return")
                .param("opinion", "请修改").with(csrf()), 302, 302, 404, 403, 404, 403, 404, 302));
        cases.add(new Case<>("adopt form", () -> get("/admin/submissions/" + submitted + "/adopt"), 200, 200, 403, 403, 403, 403, 403, 302));
        cases.add(new Case<>("adopt", () -> post("/admin/submissions/" + report(true) + "/adopt").param("columnId", String.valueOf(column))
                .with(csrf()), 302, 302, 403, 403, 403, 403, 403, 302));
        cases.add(new Case<>("attachment by id", () -> get("/admin/submissions/" + adopted + "/files/" + attachment),
                200, 200, 200, 200, 404, 200, 404, 302));
        cases.add(new Case<>("attachment under another report", () -> get("/admin/submissions/" + submitted + "/files/" + attachment),
                404, 404, 404, 404, 404, 404, 404, 302));
        cases.add(new Case<>("picture upload", () -> multipart("/admin/submissions/media")
                .file(new MockMultipartFile("file", "p.png", "image/png", SubmissionTesting.image("png"))).with(csrf()),
                201, 201, 403, 201, 201, 403, 403, 302));
        cases.add(new Case<>("statistics", () -> get("/admin/submissions/stats"), 200, 200, 403, 403, 403, 200, 200, 302));
        cases.add(new Case<>("statistics export", () -> get("/admin/submissions/stats/export"), 200, 200, 403, 403, 403, 200, 200, 302));
        return cases;
    }

    private AccessMatrix<Void> matrix() {
        return new AccessMatrix<Void>(mvc, ROLES, USERS).withPassword("ADMIN", Fixtures.ADMIN_PASSWORD)
                .neverShowingTo("LIAISON", "拉萨", OTHER)
                .neverShowingTo("LIAISON_OTHER", "昆明", OWN)
                .neverShowingTo("PROVINCE", "拉萨", OTHER)
                .neverShowingTo("PROVINCE_OTHER", "昆明", OWN);
    }

    @TestFactory
    Stream<DynamicTest> apiMatrix() {
        return matrix().api(apiCases());
    }

    @TestFactory
    Stream<DynamicTest> webMatrix() {
        return matrix().web(webCases());
    }
}
