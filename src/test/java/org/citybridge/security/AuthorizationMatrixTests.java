package org.citybridge.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.citybridge.accounts.domain.ApiTokens;
import org.citybridge.accounts.domain.CoordinatorAssignments;
import org.citybridge.accounts.domain.CoordinatorChoice;
import org.citybridge.directory.LeaderPost;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.directory.bulk.BulkOperation.AddTag;
import org.citybridge.directory.bulk.CityBulkChanges;
import org.citybridge.directory.bulk.CitySelection;
import org.citybridge.directory.domain.CityProfiles;
import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.evaluation.domain.Objections;
import org.citybridge.evaluation.report.PlanItemInput;
import org.citybridge.evaluation.report.PlanItemKind;
import org.citybridge.evaluation.report.WorkReports;
import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventInvitations;
import org.citybridge.events.domain.EventPhotos;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.InvitationDraft;
import org.citybridge.events.domain.LodgingPlanning;
import org.citybridge.events.domain.RoomBlockEntry;
import org.citybridge.events.domain.RoomType;
import org.citybridge.files.Upload;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.PortalApi;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.PortalWorld;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.AccessMatrix.Case;
import org.citybridge.support.AccessMatrix;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint against every role. Chengdu (510100, Sichuan) is the liaison's own city; Shenzhen (440300,
 * Guangdong) is another city whose data the liaison and the Sichuan coordinator must never get, also not by id and
 * not inside a successful answer such as the roster export. Anonymous callers get the login page or 401. Every case
 * that changes something works on data made for that request, so no answer depends on the order the cases run in.
 */
@IntegrationTest
class AuthorizationMatrixTests {

    private static final String OWN = "510100";
    private static final String OTHER = "440300";
    /** Evaluation years of this test only: one the cities see, one still a draft; new ones from 2040 on. */
    private static final int SCORED_YEAR = 2031;
    private static final int DRAFT_YEAR = 2032;
    private static final AtomicInteger NEW_YEAR = new AtomicInteger(2040);
    /** The work report of this test only. */
    private static final int REPORT_YEAR = 2033;
    /** The order of every case's expected statuses. */
    private static final List<String> ROLES = List.of("ADMIN", "STAFF", "EDITOR", "LIAISON", "PROVINCE", AccessMatrix.ANONYMOUS);
    private static final Map<String, String> USERS = new LinkedHashMap<>();
    /** Every bulk apply adds a tag of its own, so that each role's request has something to change. */
    private static final AtomicInteger BULK_TAGS = new AtomicInteger();
    private static long bulkBatch;
    private static long ownPerson;
    private static long otherPerson;
    private static long otherAppointment;
    private static long someAccount;
    private static long openEvent;
    private static long draftEvent;
    private static String checkInStaff;
    private static String checkInCode;
    private static long otherEvent;
    private static String otherEventsCode;
    private static String delegateMobile;
    private static long otherObjection;

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationYears evaluationYears;
    @Autowired
    Objections objections;
    @Autowired
    WorkReports workReports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CityProfiles profiles;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    Clock clock;
    @Autowired
    LodgingPlanning lodging;
    @Autowired
    EventPhotos photos;
    @Autowired
    PortalApi portal;
    @Autowired
    ArticleEditing articleEditing;
    @Autowired
    EventInvitations invitations;
    @Autowired
    CheckInStaff staffing;
    @Autowired
    CheckInCodes codes;
    @Autowired
    EventQueries queries;
    @Autowired
    CityBulkChanges bulk;
    @Autowired
    CoordinatorAssignments coordinators;

    @BeforeEach
    void roster() {
        if (!USERS.isEmpty()) {
            return;
        }
        fixtures.member(OWN, OTHER);
        ownPerson = fixtures.person("成都联络员");
        otherPerson = fixtures.person("深圳联络员");
        fixtures.appoint(OWN, ownPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        otherAppointment = fixtures.appoint(OTHER, otherPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        USERS.put("ADMIN", "admin");
        USERS.put("STAFF", fixtures.account(Role.STAFF));
        USERS.put("EDITOR", fixtures.account(Role.EDITOR));
        USERS.put("LIAISON", fixtures.account(Role.LIAISON, OWN, null, ownPerson));
        USERS.put("PROVINCE", fixtures.account(Role.PROVINCE, null, "510000", null));
        someAccount = fixtures.asAdmin(() -> 1L);
        fixtures.asAdmin(() -> {
            evaluationYears.create(SCORED_YEAR, null);
            evaluationYears.changeStatus(SCORED_YEAR, EvaluationStatus.SCORED);
            evaluationYears.create(DRAFT_YEAR, null);
            return null;
        });
        openEvent = events().openEvent("授权矩阵会议", 100, null);
        events().register(EventTesting.staff(), openEvent, OWN, EventTesting.delegation("成都代表"));
        events().register(EventTesting.staff(), openEvent, OTHER, EventTesting.delegation("外市代表"));
        draftEvent = fixtures.asAdmin(() -> planning.create(events().draft("授权矩阵草稿", 10, null)));
        checkInStaff();
        objectionsOpen();
        bulkBatch = fixtures.asAdmin(() -> bulk.apply(CitySelection.of(List.of(OTHER)), new AddTag("矩阵批次"), null)).id();
    }

    private EventTesting events() {
        return new EventTesting(fixtures, planning, registering, jdbc, clock);
    }

    /** A plan item of the test's work report, for one request. */
    private long planItem() {
        return fixtures.asAdmin(() -> workReports.addItem(REPORT_YEAR, new PlanItemInput("矩阵调研", "", PlanItemKind.TASK, 4)));
    }

    /** A delegate of the other city registered for one request, on an event of its own. */
    private String otherCitysDelegate() {
        long event = events().openEvent("取消授权测试", 10, null);
        DelegationView delegation = events().register(EventTesting.staff(), event, OTHER, EventTesting.delegation("外市取消"));
        return event + "/delegations/" + OTHER + "/delegates/" + delegation.delegates().get(0).id();
    }

    private static String personJson(String name) {
        return "{\"name\":\"" + name + "\",\"mobile\":\"13800001111\",\"email\":\"x@example.cn\"}";
    }

    private List<Case<Void>> apiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("list cities", () -> get("/api/v1/cities"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("own city", () -> get("/api/v1/cities/" + OWN), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("other city by code", () -> get("/api/v1/cities/" + OTHER), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("own person", () -> get("/api/v1/people/" + ownPerson), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("other person by id", () -> get("/api/v1/people/" + otherPerson), 200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("create person", () -> post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .content(personJson("新人员")), 201, 201, 403, 403, 403, 401));
        cases.add(new Case<>("update other person", () -> put("/api/v1/people/" + otherPerson).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":999,\"details\":" + personJson("改名") + "}"), 422, 422, 403, 403, 403, 401));
        cases.add(new Case<>("appoint in other city", () -> post("/api/v1/cities/" + OTHER + "/liaisons").contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + otherPerson + ",\"role\":\"DEPUTY\",\"from\":\"2025-01-01\"}"), 201, 422, 403, 403, 403, 401));
        cases.add(new Case<>("handover in other city", () -> post("/api/v1/cities/" + OTHER + "/liaisons/" + otherAppointment + "/handover")
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + ownPerson + ",\"on\":\"2024-01-01\"}"),
                201, 422, 403, 403, 403, 401));
        cases.add(new Case<>("create account", () -> post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"u" + System.nanoTime() + "\",\"password\":\"long-enough-password\",\"role\":\"STAFF\"}"),
                201, 403, 403, 403, 403, 401));
        cases.add(new Case<>("roster import", () -> multipart("/api/v1/roster/imports").file(new MockMultipartFile("file", "r.xlsx",
                "application/octet-stream", new byte[]{1, 2, 3})).param("mode", "preview"), 422, 422, 403, 403, 403, 401));
        cases.add(new Case<>("roster export", () -> get("/api/v1/roster/export"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("read account", () -> get("/api/v1/users/" + someAccount), 200, 403, 403, 403, 403, 401));
        cases.add(new Case<>("who am I", () -> get("/api/v1/me"), 200, 200, 200, 200, 200, 401));
        cases.addAll(bulkApiCases());
        cases.addAll(eventApiCases());
        cases.addAll(eventDocumentApiCases());
        cases.addAll(invitationApiCases());
        cases.addAll(checkInApiCases());
        cases.addAll(evaluationApiCases());
        cases.addAll(objectionAndCommendationApiCases());
        return cases;
    }

    /** Evaluation: a draft year and another city's scorecard answer 404 to a liaison; a coordinator sees its province only. */
    private List<Case<Void>> evaluationApiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String api = "/api/v1/evaluations/";
        cases.add(new Case<>("scores by city", () -> get(api + SCORED_YEAR + "/scores"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("scores by liaison", () -> get(api + SCORED_YEAR + "/scores").param("by", "liaison").param("province", "510000"),
                200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("scores of a draft year", () -> get(api + DRAFT_YEAR + "/scores"), 200, 200, 403, 404, 200, 401));
        cases.add(new Case<>("scores of an unknown year", () -> get(api + "2099/scores"), 404, 404, 403, 404, 404, 401));
        cases.add(new Case<>("own city's evidence", () -> get(api + SCORED_YEAR + "/cities/" + OWN + "/evidence"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("other city's evidence", () -> get(api + SCORED_YEAR + "/cities/" + OTHER + "/evidence"), 200, 200, 403, 404, 404, 401));
        String report = "/api/v1/reports/" + REPORT_YEAR + "/work-report.";
        cases.add(new Case<>("work report as Word", () -> get(report + "docx"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("work report as PDF", () -> get(report + "pdf"), 200, 200, 403, 403, 403, 401));
        return cases;
    }

    /** The scored year's objection window open around now; an objection of the other city's liaison to reach for by id. */
    private void objectionsOpen() {
        fixtures.asAdmin(() -> {
            evaluationYears.setObjectionWindow(SCORED_YEAR, clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(365)));
            return null;
        });
        Actor otherLiaison = new Actor(fixtures.account(Role.LIAISON, OTHER, null, otherPerson), Role.LIAISON, OTHER, null, otherPerson);
        otherObjection = objection(otherLiaison);
    }

    private long objection(Actor liaison) {
        return Fixtures.as(liaison, () -> objections.raise(SCORED_YEAR, new Objections.NewObjection(null, null, null, null, "矩阵申诉", null)));
    }

    private Actor ownLiaison() {
        return new Actor(USERS.get("LIAISON"), Role.LIAISON, OWN, null, ownPerson);
    }

    /** Objections: a liaison raises its own city's only and never reads another's; the secretariat answers; commendation is the secretariat's. */
    private List<Case<Void>> objectionAndCommendationApiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String api = "/api/v1/evaluations/" + SCORED_YEAR;
        cases.add(new Case<>("objections", () -> get(api + "/objections"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("raise an objection", () -> post(api + "/objections").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"矩阵申诉\"}"), 403, 403, 403, 201, 403, 401));
        cases.add(new Case<>("raise an objection for another city", () -> post(api + "/objections").contentType(MediaType.APPLICATION_JSON)
                .content("{\"cityCode\":\"" + OTHER + "\",\"reason\":\"越权申诉\"}"), 403, 403, 403, 404, 403, 401));
        cases.add(new Case<>("other city's objection", () -> get(api + "/objections/" + otherObjection), 200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("propose commendations", () -> post(api + "/commendations").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("commendations", () -> get(api + "/commendations"), 200, 200, 403, 403, 403, 401));
        return cases;
    }

    private List<Case<Void>> objectionAndCommendationWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String year = "/admin/evaluations/" + SCORED_YEAR;
        cases.add(new Case<>("objections page", () -> get(year + "/objections"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("other city's objection page", () -> get(year + "/objections/" + otherObjection), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("raise an objection from the page", () -> post(year + "/objections").param("reason", "网页矩阵申诉")
                .with(csrf()), 403, 403, 403, 302, 403, 302));
        cases.add(new Case<>("set the objection window", () -> post(year + "/objections/window").param("openAt", "2020-01-01T00:00")
                .param("closeAt", "2099-01-01T00:00").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("answer an objection", () -> post(year + "/objections/" + objection(ownLiaison()) + "/answer")
                .param("accepted", "false").param("answer", "矩阵答复").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("commendation page", () -> get(year + "/commendations"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("propose from the page", () -> post(year + "/commendations/propose").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("all certificates", () -> get(year + "/certificates.pdf"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("certificates zipped", () -> get(year + "/certificates.zip"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("certificates made in the background", () -> post(year + "/certificates/batch").param("format", "zip").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("seal settings", () -> get("/admin/evaluations/seal"), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("upload the seal", () -> multipart("/admin/evaluations/seal")
                .file(new MockMultipartFile("image", "seal.png", "image/png", PortalWorld.PNG)).with(csrf()), 302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("verify an unknown certificate", () -> get("/certificates/{serial}", "矩阵证〔2031〕第999号"),
                404, 404, 404, 404, 404, 404));
        return cases;
    }

    /**
     * Editorial review: the queue and review pages are the editorial roles' (deciding on an article that is not
     * under review is refused with a message); a column's review setting is the administrator's.
     */
    private List<Case<Void>> editorialReviewWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("review queue", () -> get("/admin/portal/review"), 200, 200, 200, 403, 403, 302));
        cases.add(new Case<>("review page", () -> get("/admin/portal/review/" + reviewDraft()), 200, 200, 200, 403, 403, 302));
        cases.add(new Case<>("approve an article not in review", () -> post("/admin/portal/review/" + reviewDraft() + "/approve")
                .with(csrf()), 302, 302, 302, 403, 403, 302));
        cases.add(new Case<>("return an article not in review", () -> post("/admin/portal/review/" + reviewDraft() + "/return")
                .param("comment", "矩阵退回").with(csrf()), 200, 200, 200, 403, 403, 302));
        cases.add(new Case<>("compare a revision (a draft has none)", () -> get("/admin/portal/articles/" + reviewDraft() + "/revision"),
                302, 302, 302, 403, 403, 302));
        cases.add(new Case<>("column review settings", () -> get("/admin/portal/columns/" + reviewColumn() + "/review"),
                200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("save column review settings", () -> post("/admin/portal/columns/" + reviewColumn() + "/review")
                .param("levels", "0").with(csrf()), 302, 403, 403, 403, 403, 302));
        return cases;
    }

    private long reviewDraft() {
        return fixtures.asAdmin(() -> articleEditing.create(new ArticleDraft(reviewColumn(), "矩阵审核稿件", null, null, null,
                null, null, "<p>矩阵</p>", null, null, null, List.of()), null, List.of()));
    }

    private long reviewColumn() {
        return portal.columns().stream().filter(c -> c.slug().equals("notices")).findFirst().orElseThrow().id();
    }

    private List<Case<Void>> evaluationWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String year = "/admin/evaluations/" + SCORED_YEAR;
        cases.add(new Case<>("evaluation years", () -> get("/admin/evaluations"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("start an evaluation year", () -> post("/admin/evaluations").param("year", String.valueOf(NEW_YEAR.incrementAndGet()))
                .with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("evaluation year", () -> get(year).param("by", "liaison"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("draft evaluation year", () -> get("/admin/evaluations/" + DRAFT_YEAR), 200, 200, 403, 404, 200, 302));
        cases.add(new Case<>("reweigh a draft year", () -> post("/admin/evaluations/" + DRAFT_YEAR + "/weights")
                .param("weights[RECEIPTS_ON_TIME]", "20").with(csrf()), 302, 302, 403, 404, 403, 302));
        cases.add(new Case<>("own city's scorecard", () -> get(year + "/cities/" + OWN), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("other city's scorecard", () -> get(year + "/cities/" + OTHER), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("opinion on own city", () -> post(year + "/cities/" + OWN + "/opinion").param("opinion", "工作扎实")
                .with(csrf()), 403, 403, 403, 403, 302, 302));
        cases.add(new Case<>("opinion on other city", () -> post(year + "/cities/" + OTHER + "/opinion").param("opinion", "越权")
                .with(csrf()), 403, 403, 403, 403, 404, 302));
        cases.add(new Case<>("manual points", () -> post(year + "/adjustments").param("cityCode", OWN).param("points", "1")
                .param("reason", "矩阵加分").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("measures", () -> get("/admin/evaluations/measures"), 200, 200, 403, 200, 200, 302));
        cases.addAll(workReportWebCases());
        return cases;
    }

    /** The year's work report is the secretariat's: a coordinator and a liaison are refused it like an editor. */
    private List<Case<Void>> workReportWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String report = "/admin/evaluations/" + REPORT_YEAR + "/report";
        cases.add(new Case<>("work report page", () -> get(report), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("work report download", () -> get(report + "/work-report.docx"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("add a plan item", () -> post(report + "/plan").param("title", "矩阵计划").param("kind", "TASK")
                .param("targetMonth", "3").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("turn a plan item into a task draft", () -> post(report + "/plan/" + planItem() + "/turn").with(csrf()),
                302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("add a report section", () -> post(report + "/sections").param("title", "五、其他").with(csrf()),
                302, 302, 403, 403, 403, 302));
        return cases;
    }

    /** Events: drafts and other cities' delegations answer 404 to a liaison and a coordinator, also by id. */
    private List<Case<Void>> eventApiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String json = "{\"delegates\":[{\"name\":\"矩阵代表\",\"gender\":\"MALE\",\"mobile\":\"13500001111\"}]}";
        cases.add(new Case<>("create event", () -> post("/api/v1/events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"FORUM\",\"title\":\"矩阵座谈会\",\"startsOn\":\"2030-01-10\",\"endsOn\":\"2030-01-10\","
                        + "\"registrationClosesAt\":\"2030-01-01T00:00:00Z\",\"capacity\":20}"), 201, 201, 403, 403, 403, 401));
        cases.add(new Case<>("list events", () -> get("/api/v1/events"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("open event", () -> get("/api/v1/events/" + openEvent), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("draft event by id", () -> get("/api/v1/events/" + draftEvent), 200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("unknown event", () -> get("/api/v1/events/999999999"), 404, 404, 403, 404, 404, 401));
        cases.add(new Case<>("open a draft", () -> post("/api/v1/events/" + fixtures.asAdmin(() -> planning.create(events().draft("矩阵开放", 5, null)))
                + "/status").contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"OPEN\"}"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("register own city", () -> put("/api/v1/events/" + events().openEvent("矩阵报名", 10, null) + "/delegations/" + OWN)
                .contentType(MediaType.APPLICATION_JSON).content(json), 200, 200, 403, 200, 403, 401));
        cases.add(new Case<>("register other city", () -> put("/api/v1/events/" + events().openEvent("矩阵外市报名", 10, null) + "/delegations/" + OTHER)
                .contentType(MediaType.APPLICATION_JSON).content(json), 200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("delegations", () -> get("/api/v1/events/" + openEvent + "/delegations"), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("own delegation", () -> get("/api/v1/events/" + openEvent + "/delegations/" + OWN), 200, 200, 403, 200, 200, 401));
        cases.add(new Case<>("other delegation", () -> get("/api/v1/events/" + openEvent + "/delegations/" + OTHER), 200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("cancel other city's delegate", () -> post("/api/v1/events/" + otherCitysDelegate() + "/cancel"),
                200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("figures", () -> get("/api/v1/events/" + openEvent + "/figures"), 200, 200, 403, 200, 200, 401));
        return cases;
    }

    /** Bulk changes are the secretariat's: a province coordinator and a liaison are refused even for their own cities. */
    private List<Case<Void>> bulkApiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("bulk dry run", () -> post("/api/v1/cities/bulk").contentType(MediaType.APPLICATION_JSON)
                .content(bulkTagJson(true)), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("bulk apply", () -> post("/api/v1/cities/bulk").contentType(MediaType.APPLICATION_JSON)
                .content(bulkTagJson(false)), 201, 201, 403, 403, 403, 401));
        cases.add(new Case<>("bulk batches", () -> get("/api/v1/cities/bulk"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("bulk batch", () -> get("/api/v1/cities/bulk/" + bulkBatch), 200, 200, 403, 403, 403, 401));
        return cases;
    }

    private List<Case<Void>> bulkWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("bulk preview", () -> post("/admin/cities/bulk/preview").param("codes", OWN).param("action", "ADD_TAG")
                .param("tag", "矩阵预览").with(csrf()), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("bulk apply", () -> post("/admin/cities/bulk/apply").param("codes", OWN).param("action", "ADD_TAG")
                .param("tag", "矩阵" + BULK_TAGS.incrementAndGet()).with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("bulk batches page", () -> get("/admin/cities/batches"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("bulk batch page", () -> get("/admin/cities/batches/" + bulkBatch), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("bulk undo preview", () -> get("/admin/cities/batches/" + bulkBatch + "/undo"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("member list page", () -> get("/admin/cities/members/import"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("member list upload", () -> multipart("/admin/cities/members/import").file(new MockMultipartFile("file",
                "m.csv", "text/csv", "城市,入会时间\n成都,2020-1-1\n".getBytes(StandardCharsets.UTF_8))).with(csrf()),
                200, 200, 403, 403, 403, 302));
        return cases;
    }

    private static String bulkTagJson(boolean dryRun) {
        return "{\"cities\":[\"" + OWN + "\"],\"action\":\"ADD_TAG\",\"tag\":\"矩阵" + BULK_TAGS.incrementAndGet()
                + "\",\"dryRun\":" + dryRun + "}";
    }

    private List<Case<Void>> webCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.addAll(bulkWebCases());
        cases.add(new Case<>("dashboard", () -> get("/admin"), 200, 200, 200, 200, 200, 302));
        cases.add(new Case<>("dashboard charts", () -> get("/admin/dashboard/charts"), 200, 200, 403, 403, 200, 302));
        cases.add(new Case<>("overdue tasks of a province", () -> get("/admin/tasks").param("province", "510000").param("overdue", "true"),
                200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("circulars delivered in a province", () -> get("/admin/circulars").param("province", "440000")
                .param("replyExpected", "true").param("closed", "true").param("issuedFrom", "2026-01-01"), 200, 200, 403, 403, 200, 302));
        cases.add(new Case<>("city list", () -> get("/admin/cities"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("own city page", () -> get("/admin/cities/" + OWN), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("other city page", () -> get("/admin/cities/" + OTHER), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("other person page", () -> get("/admin/people/" + otherPerson), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("people list", () -> get("/admin/people"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("person picker", () -> get("/admin/people/pick").param("q", "联络员").param("field", "x"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("describe own city", () -> post("/admin/cities/" + OWN + "/profile").param("address", "成都市高新区")
                .with(csrf()), 302, 302, 403, 302, 403, 302));
        cases.add(new Case<>("describe other city", () -> post("/admin/cities/" + OTHER + "/profile").param("address", "x")
                .with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("membership of own city", () -> post("/admin/cities/" + OWN + "/membership").param("membership", "MEMBER")
                .with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("appoint in own city", () -> post("/admin/cities/" + OWN + "/liaisons").param("person.name", "新联络员")
                .param("role", "DEPUTY").param("from", "2025-06-01").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("other person edit", () -> post("/admin/people/" + otherPerson).param("version", "0")
                .param("name", "篡改").with(csrf()), 302, 200, 403, 403, 403, 302));
        cases.add(new Case<>("accounts", () -> get("/admin/users"), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("audit log", () -> get("/admin/audit"), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("own account", () -> get("/admin/account"), 200, 200, 200, 200, 200, 302));
        cases.add(new Case<>("quick search", () -> get("/admin/search").param("q", "成都"), 200, 200, 403, 403, 200, 302));
        cases.add(new Case<>("quick search suggestions", () -> get("/admin/search/suggestions").param("q", "成都"),
                200, 200, 403, 403, 200, 302));
        cases.add(new Case<>("import page", () -> get("/admin/roster/import"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("roster export", () -> get("/admin/roster/export"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("roster template", () -> get("/admin/roster/template"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("metrics", () -> get("/actuator/prometheus"), 200, 403, 403, 403, 403, 302));
        cases.addAll(cityFormCases());
        cases.addAll(peopleAndImportCases());
        cases.addAll(accountAdministrationCases());
        cases.addAll(ownAccountCases());
        cases.add(new Case<>("search rebuild", () -> post("/admin/portal/search/rebuild").with(csrf()), 302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("site settings", () -> get("/admin/portal/site"), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("save site settings (as they are)", () -> post("/admin/portal/site").param("name", "中国城市联络协会")
                .param("nameEn", "China Association of City Liaison").param("icpLink", "https://beian.miit.gov.cn/")
                .param("sponsor", "中国城市联络协会").with(csrf()), 302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("site map for readers", () -> get("/sitemap.html"), 200, 200, 200, 200, 200, 200));
        cases.add(new Case<>("favicon", () -> get("/favicon.ico"), 200, 200, 200, 200, 200, 200));
        cases.add(new Case<>("preview an unsaved article", () -> post("/admin/portal/articles/new/preview").with(csrf())
                .param("title", "矩阵预览").param("bodyHtml", "<p>矩阵</p>"), 200, 200, 200, 403, 403, 302));
        cases.add(new Case<>("move no articles", () -> post("/admin/portal/articles/move").param("target", "1").with(csrf()),
                302, 302, 302, 403, 403, 302));
        cases.add(new Case<>("own background jobs", () -> get("/admin/jobs"), 200, 200, 200, 200, 200, 302));
        cases.add(new Case<>("a background job that is not one's own", () -> get("/admin/jobs/" + java.util.UUID.randomUUID()), 404, 404, 404, 404, 404, 302));
        cases.addAll(eventWebCases());
        cases.addAll(eventLogisticsWebCases());
        cases.addAll(eventDocumentWebCases());
        cases.addAll(eventReportWebCases());
        cases.addAll(invitationAndCalendarWebCases());
        cases.addAll(checkInWebCases());
        cases.addAll(evaluationWebCases());
        cases.addAll(editorialReviewWebCases());
        cases.addAll(objectionAndCommendationWebCases());
        return cases;
    }

    /** The events pages; every change works on an event made for the request. */
    private List<Case<Void>> eventWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String event = "/admin/events/" + openEvent;
        cases.add(new Case<>("events", () -> get("/admin/events"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("new event form", () -> get("/admin/events/new"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("create event", () -> post("/admin/events/new").param("kind", "FORUM").param("title", "网页矩阵座谈会")
                .param("startsOn", "2030-01-10").param("endsOn", "2030-01-10").param("registrationClosesAt", "2030-01-01T09:00")
                .param("capacity", "20").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("event page", () -> get(event), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("draft page by id", () -> get("/admin/events/" + draftEvent), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("edit form", () -> get(event + "/edit"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("open a draft", () -> post("/admin/events/" + fixtures.asAdmin(() -> planning.create(events().draft("网页矩阵开放", 5, null)))
                + "/status").param("status", "OPEN").param("confirmed", "true").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("board", () -> get(event + "/board"), 200, 200, 403, 403, 200, 302));
        cases.add(new Case<>("own delegation page", () -> get(event + "/delegations/" + OWN), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("other delegation page", () -> get(event + "/delegations/" + OTHER), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("save own delegation", () -> post("/admin/events/" + events().openEvent("网页矩阵报名", 10, null) + "/delegations/" + OWN)
                .param("delegates[0].name", "网页代表").param("delegates[0].gender", "FEMALE").param("delegates[0].mobile", "13500002222")
                .with(csrf()), 302, 302, 403, 302, 403, 302));
        cases.add(new Case<>("save other delegation", () -> post("/admin/events/" + events().openEvent("网页矩阵外市", 10, null) + "/delegations/" + OTHER)
                .param("delegates[0].name", "网页代表").param("delegates[0].gender", "FEMALE").param("delegates[0].mobile", "13500002222")
                .with(csrf()), 302, 302, 403, 404, 404, 302));
        cases.add(new Case<>("decline for other city", () -> post("/admin/events/" + events().openEvent("网页矩阵谢绝", 10, null) + "/delegations/"
                + OTHER + "/decline").param("confirmed", "true").with(csrf()), 302, 302, 403, 404, 404, 302));
        return cases;
    }

    /**
     * Events logistics: the secretariat's alone, but for the delegate list, which a liaison gets for its own city and a
     * coordinator for its province (never Shenzhen's rows, checked cell by cell). A delegate or room block of another
     * event is unknown, also to the secretariat.
     */
    private List<Case<Void>> eventLogisticsWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String logistics = "/admin/events/" + openEvent + "/logistics";
        for (String page : List.of("", "/lodging", "/pickups", "/groups", "/meals")) {
            cases.add(new Case<>("logistics" + page, () -> get(logistics + page), 200, 200, 403, 403, 403, 302));
        }
        cases.add(new Case<>("add room block", () -> post("/admin/events/" + events().openEvent("矩阵住宿", 10, null)
                + "/logistics/lodging/blocks").param("hotel", "矩阵饭店").param("roomType", "TWIN").param("rooms", "2")
                .param("checkIn", "2030-01-09").param("checkOut", "2030-01-11").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("allocate rooms", () -> post("/admin/events/" + events().openEvent("矩阵分房", 10, null)
                + "/logistics/lodging/allocate").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("another event's delegate in lodging", () -> get(logistics + "/lodging/delegates/" + anotherEventsDelegate()),
                404, 404, 403, 403, 403, 302));
        cases.add(new Case<>("move another event's delegate", () -> post(logistics + "/lodging/delegates/" + anotherEventsDelegate() + "/move")
                .param("room", "1-1").with(csrf()), 404, 404, 403, 403, 403, 302));
        cases.add(new Case<>("another event's room block", () -> get(logistics + "/lodging/blocks/" + anotherEventsBlock()),
                404, 404, 403, 403, 403, 302));
        cases.add(new Case<>("remove another event's room block", () -> post(logistics + "/lodging/blocks/" + anotherEventsBlock() + "/remove")
                .with(csrf()), 404, 404, 403, 403, 403, 302));
        String exports = "/admin/events/" + openEvent + "/exports/";
        cases.add(new Case<>("delegate list", () -> get(exports + "delegates.xlsx"), 200, 200, 403, 200, 200, 302));
        cases.add(new Case<>("delegate list of a draft", () -> get("/admin/events/" + draftEvent + "/exports/delegates.xlsx"),
                200, 200, 403, 404, 404, 302));
        for (String export : List.of("lodging.xlsx", "pickups.xlsx", "groups.xlsx")) {
            cases.add(new Case<>("export " + export, () -> get(exports + export), 200, 200, 403, 403, 403, 302));
        }
        return cases;
    }

    /** A registered delegate needing a room, of an event made for one request. */
    private long anotherEventsDelegate() {
        long event = events().openEvent("矩阵他会住宿", 10, null);
        return events().register(EventTesting.staff(), event, OWN, EventTesting.delegation("他会代表")).delegates().get(0).id();
    }

    private long anotherEventsBlock() {
        long event = events().openEvent("矩阵他会房源", 10, null);
        return fixtures.asAdmin(() -> lodging.addBlock(event, new RoomBlockEntry("他会饭店", "", RoomType.SINGLE, 1,
                LocalDate.of(2030, 1, 9), LocalDate.of(2030, 1, 11))));
    }

    /** Printed documents: badges for the secretariat and a liaison's own city; another city's is unknown to it. */
    private List<Case<Void>> eventDocumentApiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String event = "/api/v1/events/" + openEvent;
        cases.add(new Case<>("badges", () -> get(event + "/badges.pdf"), 200, 200, 403, 200, 403, 401));
        cases.add(new Case<>("other city's badges", () -> get(event + "/badges.pdf?city=" + OTHER), 200, 200, 403, 404, 404, 401));
        cases.add(new Case<>("draft's badges", () -> get("/api/v1/events/" + draftEvent + "/badges.pdf"), 200, 200, 403, 404, 404, 401));
        return cases;
    }

    private List<Case<Void>> eventDocumentWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String event = "/events/" + openEvent;
        cases.add(new Case<>("badges", () -> get(event + "/badges.pdf"), 200, 200, 403, 200, 403, 302));
        cases.add(new Case<>("other city's badges", () -> get(event + "/badges.pdf?city=" + OTHER), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("draft's badges", () -> get("/events/" + draftEvent + "/badges.pdf"), 200, 200, 403, 404, 404, 302));
        cases.add(new Case<>("table tents", () -> get(event + "/table-tents.pdf"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("sign-in sheets", () -> get(event + "/sign-in-sheets.pdf"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("other city's sign-in sheet", () -> get(event + "/sign-in-sheets.pdf?city=" + OTHER),
                200, 200, 403, 403, 403, 302));
        return cases;
    }

    /** After the event: photos and the draft report are the secretariat's; each change on a photo or event of its own. */
    private List<Case<Void>> eventReportWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String event = "/admin/events/" + openEvent;
        cases.add(new Case<>("event report page", () -> get(event + "/report"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("upload event photo", () -> multipart(event + "/photos")
                .file(new MockMultipartFile("file", "photo.png", "image/png", PortalWorld.PNG)).param("caption", "矩阵照片")
                .with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("remove event photo", () -> post(event + "/photos/" + eventPhoto() + "/remove").with(csrf()),
                302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("draft event report", () -> post("/admin/events/" + heldEvent() + "/article")
                .param("columnId", String.valueOf(portal.columns().stream().filter(c -> c.slug().equals("liaison-work")).findFirst()
                        .orElseThrow().id()))
                .param("title", "矩阵报道").with(csrf()), 302, 302, 403, 403, 403, 302));
        return cases;
    }

    private long eventPhoto() {
        return fixtures.asAdmin(() -> photos.upload(openEvent, new Upload("photo.png", PortalWorld.PNG), "矩阵删除")).id();
    }

    private long heldEvent() {
        long id = events().openEvent("矩阵报道会议", 10, null);
        fixtures.asAdmin(() -> planning.changeStatus(id, EventStatus.CLOSED));
        fixtures.asAdmin(() -> planning.changeStatus(id, EventStatus.HELD));
        return id;
    }

    /** An open event of its own whose invitation went to the own and the other city. */
    private long invitedEvent() {
        long event = events().openEvent("矩阵邀请", 10, null);
        fixtures.asAdmin(() -> invitations.invite(event, new InvitationDraft("矩阵〔2026〕" + System.nanoTime() + "号", null, null,
                new Targets(TargetMode.PICKED, List.of(), null, null, List.of(OWN, OTHER)))));
        return event;
    }

    /** The invitation of an event: issued by the secretariat only, on an event made for the request. */
    private List<Case<Void>> invitationApiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String body = "{\"docNumber\":\"矩阵〔2026〕%d号\",\"targets\":{\"mode\":\"PICKED\",\"cities\":[\"" + OWN + "\",\"" + OTHER + "\"]}}";
        cases.add(new Case<>("invite", () -> post("/api/v1/events/" + events().openEvent("矩阵接口邀请", 10, null) + "/invitation")
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(System.nanoTime())), 201, 201, 403, 403, 403, 401));
        cases.add(new Case<>("invite to a draft", () -> post("/api/v1/events/" + draftEvent + "/invitation")
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(System.nanoTime())), 422, 422, 403, 403, 403, 401));
        return cases;
    }

    /**
     * The invitation's pages (the secretariat's), the board of an invited event (a coordinator sees only its province's
     * invited cities) and the calendar feed (anyone for an open event, a draft's only for the secretariat).
     */
    private List<Case<Void>> invitationAndCalendarWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String invitation = "/admin/events/" + openEvent + "/invitation";
        cases.add(new Case<>("invitation form", () -> get(invitation), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("invitation reach", () -> get(invitation + "/reach").param("targetMode", "ALL_MEMBERS"),
                200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("issue invitation", () -> post("/admin/events/" + events().openEvent("网页矩阵邀请", 10, null) + "/invitation")
                .param("docNumber", "网页矩阵〔2026〕" + System.nanoTime() + "号").param("title", "邀请").param("bodyHtml", "<p>请报名</p>")
                .param("targetMode", "PICKED").param("pickedCities", OWN + " " + OTHER).param("confirmed", "true").with(csrf()),
                302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("remind those with no answer", () -> post("/admin/events/" + invitedEvent() + "/invitation/remind").with(csrf()),
                302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("board of an invited event", () -> get("/admin/events/" + invitedEvent() + "/board"),
                200, 200, 403, 403, 200, 302));
        cases.add(new Case<>("calendar feed", () -> get("/events/" + openEvent + "/calendar.ics"), 200, 200, 200, 200, 200, 200));
        cases.add(new Case<>("draft calendar feed", () -> get("/events/" + draftEvent + "/calendar.ics"), 200, 200, 404, 404, 404, 404));
        return cases;
    }

    /** The city page's leader, handover and end forms; each request works on a leader or appointment made for it. */
    private List<Case<Void>> cityFormCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("add leader in own city", () -> post("/admin/cities/" + OWN + "/leaders").param("name", "新市长")
                .param("post", "MAYOR").param("from", "2025-01-01").with(csrf()), 302, 302, 403, 302, 403, 302));
        cases.add(new Case<>("add leader in other city", () -> post("/admin/cities/" + OTHER + "/leaders").param("name", "篡改市长")
                .param("post", "MAYOR").param("from", "2025-01-01").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("end leader term in own city", () -> post("/admin/cities/" + OWN + "/leaders/" + leader(OWN) + "/end")
                .param("on", "2025-06-01").with(csrf()), 302, 302, 403, 302, 403, 302));
        cases.add(new Case<>("end leader term in other city", () -> post("/admin/cities/" + OTHER + "/leaders/" + leader(OTHER) + "/end")
                .param("on", "2025-06-01").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("handover in own city", () -> post("/admin/cities/" + OWN + "/liaisons/" + deputy(OWN) + "/handover")
                .param("personId", String.valueOf(fixtures.person("接任联络员"))).param("on", "2025-06-01").with(csrf()),
                302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("end appointment in own city", () -> post("/admin/cities/" + OWN + "/liaisons/" + deputy(OWN) + "/end")
                .param("on", "2025-06-01").with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("end appointment in other city", () -> post("/admin/cities/" + OTHER + "/liaisons/" + deputy(OTHER) + "/end")
                .param("on", "2025-06-01").with(csrf()), 302, 302, 403, 403, 403, 302));
        return cases;
    }

    private long leader(String city) {
        return fixtures.asAdmin(() -> profiles.addLeader(city, "任期市长", LeaderPost.DEPUTY_MAYOR, LocalDate.of(2024, 1, 1), null));
    }

    /** A deputy appointed for one request, so that the primary liaisons the roles rely on stay in office. */
    private long deputy(String city) {
        return fixtures.appoint(city, fixtures.person("副联络员"), LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
    }

    private List<Case<Void>> peopleAndImportCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("new person form", () -> get("/admin/people/new"), 200, 200, 200, 200, 200, 302));
        cases.add(new Case<>("create person", () -> post("/admin/people").param("name", "网页新人员").param("mobile", "13800002222")
                .with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("roster import upload", () -> multipart("/admin/roster/import").file(new MockMultipartFile("file", "r.xlsx",
                "application/octet-stream", new byte[]{1, 2, 3})).with(csrf()), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("roster import commit", () -> post("/admin/roster/import/unknown-token").param("mode", "commit")
                .with(csrf()), 200, 200, 403, 403, 403, 302));
        String token = UUID.randomUUID().toString();
        cases.add(new Case<>("roster import mapping step", () -> get("/admin/roster/import/" + token + "/mapping"),
                200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("roster import mapping preview", () -> post("/admin/roster/import/" + token + "/mapping/preview")
                .param("sheet", "0").param("headerRow", "1").param("col0", "name").with(csrf()), 404, 404, 403, 403, 403, 302));
        cases.add(new Case<>("roster import mapped", () -> post("/admin/roster/import/" + token + "/mapping")
                .param("sheet", "0").param("headerRow", "1").param("col0", "name").param("saveAs", "矩阵").with(csrf()),
                200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("delete a saved import mapping", () -> post("/admin/roster/import/mappings/999999999/delete")
                .param("confirmed", "true").with(csrf()), 404, 404, 403, 403, 403, 302));
        String job = UUID.randomUUID().toString();
        cases.add(new Case<>("roster import job", () -> get("/admin/roster/import/jobs/" + job), 404, 404, 403, 403, 403, 302));
        cases.add(new Case<>("roster import job progress", () -> get("/admin/roster/import/jobs/" + job + "/progress"),
                404, 404, 403, 403, 403, 302));
        return cases;
    }

    /** Everything under /admin/users, each change made on an account created for the request. */
    private List<Case<Void>> accountAdministrationCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("new account form", () -> get("/admin/users/new"), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("create account", () -> post("/admin/users").param("username", "web" + System.nanoTime())
                .param("displayName", "网页账号").param("password", "long-enough-password").param("role", "STAFF").with(csrf()),
                302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("account page", () -> get("/admin/users/" + someAccount), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("account scope", () -> post("/admin/users/" + freshAccount() + "/scope").param("displayName", "改名")
                .param("role", "EDITOR").with(csrf()), 302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("account mail address", () -> post("/admin/users/" + freshAccount() + "/contact")
                .param("email", "matrix@example.cn").param("language", "en").with(csrf()), 302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("reset password", () -> post("/admin/users/" + freshAccount() + "/password")
                .param("password", "another-long-password").with(csrf()), 302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("revoke an account's tokens", () -> post("/admin/users/" + freshAccount() + "/tokens/revoke").with(csrf()),
                302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("disable account", () -> post("/admin/users/" + freshAccount() + "/disable").with(csrf()),
                302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("enable account", () -> post("/admin/users/" + freshAccount() + "/enable").with(csrf()),
                302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("people of a city for an account", () -> get("/admin/users/city-people").param("cityCode", OTHER),
                200, 403, 403, 403, 403, 302));
        cases.addAll(coordinatorAssignmentCases());
        return cases;
    }

    /** Province coordinators assigned in one action, each change on a Guizhou coordinator or a batch of its own. */
    private List<Case<Void>> coordinatorAssignmentCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String base = "/admin/users/coordinators";
        cases.add(new Case<>("coordinator assignment form", () -> get(base).param("province", "520000"), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("coordinators of the cities picked", () -> post(base + "/cities").param("codes", OWN).with(csrf()),
                302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("coordinator assignment preview", () -> post(base + "/preview").param("choices[0].provinceCode", "530000")
                .param("choices[0].accountId", String.valueOf(freshCoordinator())).with(csrf()), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("coordinator assignment apply", () -> post(base + "/apply").param("choices[0].provinceCode", "530000")
                .param("choices[0].accountId", String.valueOf(freshCoordinator())).with(csrf()), 302, 403, 403, 403, 403, 302));
        cases.add(new Case<>("coordinator batches", () -> get(base + "/batches"), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("coordinator batch", () -> get(base + "/batches/" + coordinatorBatch()), 200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("coordinator undo preview", () -> get(base + "/batches/" + coordinatorBatch() + "/undo"),
                200, 403, 403, 403, 403, 302));
        cases.add(new Case<>("coordinator undo", () -> post(base + "/batches/" + coordinatorBatch() + "/undo").with(csrf()),
                302, 403, 403, 403, 403, 302));
        return cases;
    }

    private long freshCoordinator() {
        String username = fixtures.account(Role.PROVINCE, null, "520000", null);
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** A batch moving a fresh Guizhou coordinator to Yunnan, not undone yet. */
    private long coordinatorBatch() {
        long account = freshCoordinator();
        return fixtures.asAdmin(() -> coordinators.apply(List.of(new CoordinatorChoice("530000", account)), null)).id();
    }

    private long freshAccount() {
        String username = fixtures.account(Role.STAFF);
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** The caller's own mail address, password and tokens; a token id of another account is unknown to the caller. */
    private List<Case<Void>> ownAccountCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("own mail address", () -> post("/admin/account/contact").param("email", "matrix-own@example.cn")
                .param("language", "zh-CN").with(csrf()), 302, 302, 302, 302, 302, 302));
        cases.add(new Case<>("own mail address refused", () -> post("/admin/account/contact").param("email", "not an address")
                .param("language", "zh-CN").with(csrf()), 200, 200, 200, 200, 200, 302));
        cases.add(new Case<>("own password with a wrong current one", () -> post("/admin/account/password")
                .param("currentPassword", "wrong-password-1").param("newPassword", "another-long-password")
                .param("confirmPassword", "another-long-password").with(csrf()), 200, 200, 200, 200, 200, 302));
        cases.add(new Case<>("own new token", () -> post("/admin/account/tokens").param("name", "矩阵令牌").with(csrf()),
                200, 200, 200, 200, 200, 302));
        cases.add(new Case<>("revoke another account's token", () -> post("/admin/account/tokens/" + someoneElsesToken() + "/revoke")
                .with(csrf()), 404, 404, 404, 404, 404, 302));
        return cases;
    }

    private long someoneElsesToken() {
        String owner = fixtures.account(Role.STAFF);
        tokens.create(owner, "他人令牌");
        return jdbc.sql("SELECT t.id FROM api_token t JOIN user_account u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", owner).query(Long.class).single();
    }

    @Test
    void anotherAccountsTokenStaysLiveWhenSomeoneElseRevokesIt() throws Exception {
        long token = someoneElsesToken();
        mvc.perform(post("/admin/account/tokens/" + token + "/revoke").with(csrf()).cookie(matrix().session("STAFF")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM api_token WHERE id = :id").param("id", token).query(Boolean.class).single())
                .isTrue();
    }

    private AccessMatrix<Void> matrix() {
        return new AccessMatrix<Void>(mvc, ROLES, USERS).withPassword("ADMIN", Fixtures.ADMIN_PASSWORD)
                .neverShowingTo("LIAISON", "深圳", OTHER)
                .neverShowingTo("PROVINCE", "深圳", OTHER);
    }

    @TestFactory
    Stream<DynamicTest> apiMatrix() {
        return matrix().api(apiCases());
    }

    @TestFactory
    Stream<DynamicTest> webMatrix() {
        return matrix().web(webCases());
    }

    @Test
    void liaisonListsOnlyItsOwnCityAndCoordinatorOnlyItsProvince() throws Exception {
        mvc.perform(get("/api/v1/cities").with(httpBasic(USERS.get("LIAISON"), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"total\":1")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("深圳"))));
        String body = mvc.perform(get("/api/v1/cities").param("size", "500").with(httpBasic(USERS.get("PROVINCE"), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("成都市").doesNotContain("深圳市").doesNotContain("\"provinceCode\":\"440000\"");
    }

    /** The workbook check reads the cells: the secretariat's export names the other city, the liaison's does not. */
    @Test
    void theRosterExportIsReadCellByCell() throws Exception {
        var all = mvc.perform(get("/admin/roster/export").cookie(matrix().session("ADMIN"))).andReturn().getResponse();
        assertThat(AccessMatrix.readable(all)).contains("深圳市").contains("成都市");
        var own = mvc.perform(get("/admin/roster/export").cookie(matrix().session("LIAISON"))).andReturn().getResponse();
        assertThat(AccessMatrix.readable(own)).contains("成都市").doesNotContain("深圳");
    }

    @Test
    void anonymousCallersGetProblemDetailsOrTheLoginPage() throws Exception {
        mvc.perform(get("/api/v1/cities"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/cities").header("Authorization", "Bearer cbt_forged"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/cities")).andExpect(status().is3xxRedirection());
    }

    @Test
    void formPostsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/cities/" + OWN + "/profile").param("address", "x").cookie(matrix().session("ADMIN")))
                .andExpect(status().isForbidden());
    }

    // --- check-in: the role CHECKIN, granted the open event, reaches its check-in and big screen and nothing else

    /** Each check-in case's status for check-in staff; every other case refuses them (see {@link #checkInStaffMatrix}). */
    private static final Map<String, Integer> CHECK_IN_STAFF = Map.ofEntries(
            Map.entry("check in", 200), Map.entry("check in at another event", 403), Map.entry("check-in batch", 200),
            Map.entry("check-in list", 200), Map.entry("check-in list of another event", 403),
            Map.entry("check-in events page", 200), Map.entry("big screen", 200), Map.entry("big screen of another event", 403),
            Map.entry("big screen stream", 200), Map.entry("big screen stream of another event", 403),
            Map.entry("check in from the page", 200), Map.entry("check-in list for the page", 200),
            Map.entry("check-in page", 200), Map.entry("check-in page of another event", 403), Map.entry("favicon", 200),
            Map.entry("grant check-in staff", 403), Map.entry("withdraw check-in staff", 403),
            // the back office's landing page sends them to their own page
            Map.entry("dashboard", 302));

    private void checkInStaff() {
        checkInStaff = fixtures.account(Role.CHECKIN);
        fixtures.asAdmin(() -> {
            staffing.grant(openEvent, checkInStaff);
            return null;
        });
        DelegationView own = fixtures.asAdmin(() -> queries.delegation(openEvent, OWN));
        checkInCode = codes.issue(openEvent, own.delegates().get(0).id());
        delegateMobile = own.delegates().get(0).mobile();
        otherEvent = events().openEvent("授权矩阵他会签到", 10, null);
        DelegationView other = events().register(EventTesting.staff(), otherEvent, OWN, EventTesting.delegation("他会代表"));
        otherEventsCode = codes.issue(otherEvent, other.delegates().get(0).id());
    }

    private List<Case<Void>> checkInApiCases() {
        List<Case<Void>> cases = new ArrayList<>();
        String checkIns = "/api/v1/events/" + openEvent + "/check-ins";
        cases.add(new Case<>("check in", () -> post(checkIns).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + checkInCode + "\"}"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("check in at another event", () -> post("/api/v1/events/" + otherEvent + "/check-ins")
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + otherEventsCode + "\"}"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("check-in batch", () -> post(checkIns + "/batch").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"code\":\"" + checkInCode + "\",\"clientId\":\"matrix-1\"}]"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("check-in list", () -> get("/api/v1/events/" + openEvent + "/check-in-list"), 200, 200, 403, 403, 403, 401));
        cases.add(new Case<>("check-in list of another event", () -> get("/api/v1/events/" + otherEvent + "/check-in-list"),
                200, 200, 403, 403, 403, 401));
        return cases;
    }

    private List<Case<Void>> checkInWebCases() {
        List<Case<Void>> cases = new ArrayList<>();
        cases.add(new Case<>("check-in events page", () -> get("/events/check-in"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("big screen", () -> get("/events/" + openEvent + "/screen"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("big screen of another event", () -> get("/events/" + otherEvent + "/screen"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("big screen stream", () -> get("/events/" + openEvent + "/screen/stream"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("big screen stream of another event", () -> get("/events/" + otherEvent + "/screen/stream"),
                200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("check-in page", () -> get("/events/" + openEvent + "/check-in"), 200, 200, 403, 403, 403, 302));
        cases.add(new Case<>("check-in page of another event", () -> get("/events/" + otherEvent + "/check-in"),
                200, 200, 403, 403, 403, 302));
        // the same check-in for the signed-in page: session and CSRF token; refused as a problem, even to the anonymous
        cases.add(new Case<>("check in from the page", () -> post("/events/" + openEvent + "/check-in/scans").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + checkInCode + "\"}"), 200, 200, 403, 403, 403, 403));
        cases.add(new Case<>("check-in list for the page", () -> get("/events/" + openEvent + "/check-in/list"), 200, 200, 403, 403, 403, 403));
        cases.add(new Case<>("grant check-in staff", () -> post("/admin/events/" + events().openEvent("矩阵授权签到", 5, null) + "/check-in-staff")
                .param("username", checkInStaff).with(csrf()), 302, 302, 403, 403, 403, 302));
        cases.add(new Case<>("withdraw check-in staff", () -> post("/admin/events/" + events().openEvent("矩阵撤销签到", 5, null)
                + "/check-in-staff/remove").param("username", checkInStaff).with(csrf()), 302, 302, 403, 403, 403, 302));
        return cases;
    }

    /**
     * Every case of both matrices as check-in staff: the check-in cases as {@link #CHECK_IN_STAFF} says, every other one
     * refused (403), so that an endpoint added later is refused to them too. No answer shows a delegate's mobile.
     */
    @TestFactory
    Stream<DynamicTest> checkInStaffMatrix() {
        AccessMatrix<Void> matrix = new AccessMatrix<Void>(mvc, List.of("CHECKIN"), Map.of("CHECKIN", checkInStaff))
                .withProblemDetails().neverShowingTo("CHECKIN", delegateMobile);
        return Stream.concat(matrix.api(asCheckInStaff(apiCases())), matrix.web(asCheckInStaff(webCases())));
    }

    private static List<Case<Void>> asCheckInStaff(List<Case<Void>> cases) {
        return cases.stream().map(c -> new Case<Void>(c.name(), c.request(), CHECK_IN_STAFF.getOrDefault(c.name(), 403))).toList();
    }

    @Test
    void checkInStaffLandOnTheirOwnPage() throws Exception {
        var session = new AccessMatrix<Void>(mvc, List.of("CHECKIN"), Map.of("CHECKIN", checkInStaff)).session("CHECKIN");
        for (String start : List.of("/", "/admin")) {
            mvc.perform(get(start).cookie(session)).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/events/check-in"));
        }
        mvc.perform(get("/events/check-in").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("授权矩阵会议")))
                .andExpect(content().string(not(containsString("授权矩阵他会签到"))));
    }
}
