package org.citybridge.circulars;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularDrafts;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.files.Upload;
import org.citybridge.shared.Role;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every circulars endpoint against every role. The circular goes to Neijiang (A, own) and Leshan (B) in Sichuan and
 * to Guiyang in Guizhou; B's liaison reaching for A's delivery by id, and Hubei's coordinator for a circular without
 * Hubei cities, get nothing. No answer, successful ones included, shows a role a city outside its scope: Sichuan's
 * coordinator never sees Guiyang (also not a circular sent to Guiyang alone, issued before each list request).
 */
@IntegrationTest
class CircularAuthorizationTests {

    private static final List<String> ROLES = List.of("ADMIN", "STAFF", "EDITOR", "LIAISON_A", "LIAISON_B", "PROVINCE_OWN", "PROVINCE_OTHER",
            AccessMatrix.ANONYMOUS);
    private static final Map<String, String> USERS = new LinkedHashMap<>();
    private static final String FOREIGN_CITY = "520100";
    private static CircularWorld world;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularIssuing issuing;
    @Autowired
    CircularDrafts drafts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        if (world != null) {
            return;
        }
        world = new CircularWorld(fixtures, issuing, jdbc, "511000", "511100");
        fixtures.member(FOREIGN_CITY);
        USERS.put("ADMIN", fixtures.account(Role.ADMIN));
        USERS.put("STAFF", fixtures.account(Role.STAFF));
        USERS.put("EDITOR", fixtures.account(Role.EDITOR));
        USERS.put("LIAISON_A", world.liaisonA);
        USERS.put("LIAISON_B", world.liaisonB);
        USERS.put("PROVINCE_OWN", fixtures.account(Role.PROVINCE, null, "510000", null));
        USERS.put("PROVINCE_OTHER", fixtures.account(Role.PROVINCE, null, "420000", null));
    }

    /** A fresh circular for each case, so that changes made by one role do not decide another's answer. */
    record Ids(long circular, long deliveryA, long draft, String file) {
    }

    private Ids fresh() {
        long circular = issue(new CircularDraft(CircularWorld.docNumber(), "关于召开2026年度联络员工作会议的通知", Urgency.NORMAL,
                "<p>请各城市于规定时间前报送参会人员。</p>", picked(world.cityA, world.cityB, FOREIGN_CITY),
                CircularWorld.attendanceForm(), Instant.now().plus(3, ChronoUnit.DAYS)));
        long draft = fixtures.asAdmin(() -> drafts.create(world.draft(null), List.of()));
        String file = fixtures.asAdmin(() -> {
            long withFile = drafts.create(world.draft(null), List.of(new Upload("议程.pdf",
                    "%PDF-1.4 agenda".getBytes())));
            issuing.issue(withFile);
            return withFile + "/files/" + jdbc.sql("SELECT file_id FROM circular_attachment WHERE circular_id = :id")
                    .param("id", withFile).query(String.class).single();
        });
        return new Ids(circular, world.delivery(circular, world.cityA), draft, file);
    }

    private long issue(CircularDraft draft) {
        return fixtures.asAdmin(() -> issuing.issueNew(draft, List.of())).circularId();
    }

    private static Targets picked(String... cities) {
        return new Targets(TargetMode.PICKED, List.of(), null, null, List.of(cities));
    }

    /** A circular only Guiyang gets, issued just before a list request so that it is the newest one. */
    private void issueToGuiyangOnly() {
        issue(new CircularDraft(CircularWorld.docNumber(), "贵阳专项通知", Urgency.NORMAL, "<p>贵阳专项</p>", picked(FOREIGN_CITY),
                null, null));
    }

    private List<Case<Ids>> webCases() {
        return List.of(
                new Case<>("list", ids -> {
                    issueToGuiyangOnly();
                    return get("/admin/circulars");
                }, 200, 200, 403, 403, 403, 200, 200, 302),
                new Case<>("new form", ids -> get("/admin/circulars/new"), 200, 200, 403, 403, 403, 403, 403, 302),
                new Case<>("create draft", ids -> post("/admin/circulars/new").with(csrf()).param("docNumber", CircularWorld.docNumber())
                        .param("title", "草稿").param("bodyHtml", "<p>正文</p>").param("targetMode", "ALL_MEMBERS"),
                        302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("reach preview", ids -> get("/admin/circulars/reach").param("targetMode", "ALL_MEMBERS"), 200, 200, 403, 403, 403, 403, 403, 302),
                new Case<>("show", ids -> get("/admin/circulars/" + ids.circular()), 200, 200, 404, 200, 200, 200, 404, 302),
                new Case<>("show draft", ids -> get("/admin/circulars/" + ids.draft()), 200, 200, 404, 404, 404, 404, 404, 302),
                new Case<>("edit draft", ids -> get("/admin/circulars/" + ids.draft() + "/edit"), 200, 200, 403, 403, 403, 403, 403, 302),
                new Case<>("save draft", ids -> post("/admin/circulars/" + ids.draft() + "/edit").with(csrf())
                        .param("docNumber", CircularWorld.docNumber()).param("title", "改过的草稿").param("bodyHtml", "<p>改过的正文</p>")
                        .param("targetMode", "ALL_MEMBERS"), 302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("edit an issued one", ids -> get("/admin/circulars/" + ids.circular() + "/edit"), 302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("issue draft", ids -> post("/admin/circulars/" + ids.draft() + "/issue").with(csrf()).param("confirmed", "true"), 302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("discard draft", ids -> post("/admin/circulars/" + ids.draft() + "/discard").with(csrf()).param("confirmed", "true"), 302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("correct form", ids -> get("/admin/circulars/" + ids.circular() + "/correct"), 200, 200, 403, 403, 403, 403, 403, 302),
                new Case<>("correct", ids -> post("/admin/circulars/" + ids.circular() + "/correct").with(csrf()).param("title", "新标题")
                        .param("bodyHtml", "<p>新正文</p>").param("deadline", "2099-01-01T10:00").param("note", "更正"),
                        302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("withdraw", ids -> post("/admin/circulars/" + ids.circular() + "/withdraw").with(csrf()).param("reason", "撤回"),
                        302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("tracking", ids -> get("/admin/circulars/" + ids.circular() + "/tracking"), 200, 200, 403, 403, 403, 200, 404, 302),
                new Case<>("tracking export", ids -> get("/admin/circulars/" + ids.circular() + "/tracking/export"), 200, 200, 403, 403, 403, 200, 404, 302),
                new Case<>("remind", ids -> post("/admin/circulars/" + ids.circular() + "/remind").with(csrf()), 302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("reopen form", ids -> get("/admin/circulars/" + ids.circular() + "/deliveries/" + ids.deliveryA() + "/reopen"),
                        200, 200, 403, 403, 403, 403, 403, 302),
                new Case<>("reopen", ids -> {
                    world.moveDeadline(ids.circular(), Instant.now().minusSeconds(3600));
                    return post("/admin/circulars/" + ids.circular() + "/deliveries/" + ids.deliveryA() + "/reopen").with(csrf())
                            .param("until", "2099-01-01T10:00");
                }, 302, 302, 403, 403, 403, 403, 403, 302),
                new Case<>("attachment", ids -> get("/admin/circulars/" + ids.file()), 200, 200, 404, 200, 200, 200, 404, 302),
                new Case<>("inbox", ids -> {
                    issueToGuiyangOnly();
                    return get("/admin/inbox");
                }, 403, 403, 403, 200, 200, 403, 403, 302),
                new Case<>("open delivery A", ids -> get("/admin/inbox/" + ids.deliveryA()), 200, 200, 404, 200, 404, 200, 404, 302),
                new Case<>("mark A read", ids -> post("/admin/inbox/" + ids.deliveryA() + "/read").with(csrf()), 302, 302, 404, 302, 404, 302, 404, 302),
                new Case<>("receipt of A", ids -> post("/admin/inbox/" + ids.deliveryA() + "/receipt").with(csrf())
                        .param("a.f1", "参加").param("a.f3.name", "张三"), 403, 403, 404, 302, 404, 403, 404, 302));
    }

    private List<Case<Ids>> apiCases() {
        String issue = """
                {"docNumber": "%s", "title": "接口通知", "bodyHtml": "<p>正文</p>",
                 "targets": {"mode": "PICKED", "cities": ["511000"]}}""";
        return List.of(
                new Case<>("issue", ids -> post("/api/v1/circulars").contentType(MediaType.APPLICATION_JSON)
                        .content(issue.formatted(CircularWorld.docNumber())), 201, 201, 403, 403, 403, 403, 403, 401),
                new Case<>("list", ids -> {
                    issueToGuiyangOnly();
                    return get("/api/v1/circulars");
                }, 200, 200, 403, 403, 403, 200, 200, 401),
                new Case<>("circular", ids -> get("/api/v1/circulars/" + ids.circular()), 200, 200, 404, 200, 200, 200, 404, 401),
                new Case<>("deliveries", ids -> get("/api/v1/circulars/" + ids.circular() + "/deliveries"), 200, 200, 403, 403, 403, 200, 404, 401),
                new Case<>("inbox", ids -> {
                    issueToGuiyangOnly();
                    return get("/api/v1/inbox");
                }, 403, 403, 403, 200, 200, 403, 403, 401),
                new Case<>("delivery A", ids -> get("/api/v1/deliveries/" + ids.deliveryA()), 200, 200, 404, 200, 404, 200, 404, 401),
                new Case<>("read A", ids -> post("/api/v1/deliveries/" + ids.deliveryA() + "/read"), 204, 204, 404, 204, 404, 204, 404, 401),
                new Case<>("receipt of A", ids -> put("/api/v1/deliveries/" + ids.deliveryA() + "/receipt").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"f1\": \"参加\", \"f3\": [{\"name\": \"张三\"}]}}"), 403, 403, 404, 200, 404, 403, 404, 401));
    }

    private AccessMatrix<Ids> matrix() {
        return new AccessMatrix<Ids>(mvc, ROLES, USERS).withFreshIds(this::fresh).neverShowing("请各城市于规定时间前报送参会人员")
                .withProblemDetails()
                .neverShowingTo("EDITOR", "内江", "乐山", "贵阳")
                .neverShowingTo("LIAISON_A", "乐山", "贵阳", FOREIGN_CITY)
                .neverShowingTo("LIAISON_B", "内江", "贵阳", FOREIGN_CITY)
                .neverShowingTo("PROVINCE_OWN", "贵阳", FOREIGN_CITY)
                .neverShowingTo("PROVINCE_OTHER", "内江", "乐山", "贵阳")
                .neverShowingTo(AccessMatrix.ANONYMOUS, "内江", "乐山", "贵阳");
    }

    @TestFactory
    Stream<DynamicTest> webMatrix() {
        return matrix().web(webCases());
    }

    @TestFactory
    Stream<DynamicTest> apiMatrix() {
        return matrix().api(apiCases());
    }
}
