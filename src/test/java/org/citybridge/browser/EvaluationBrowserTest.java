package org.citybridge.browser;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.citybridge.circulars.CircularsApi;
import org.citybridge.circulars.NewCircular;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.domain.Adoption;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.PdfContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's year of evaluation in two Jiangxi cities, Nanchang and Jiujiang, whose work of 2071 (a circular
 * with a receipt, Nanchang's adopted report) is made through the services and dated into that year: the year created
 * and scored from the menu, the ranking drilled down to Nanchang's scorecard and from its receipt to the circular's
 * tracking; the objection window set, Nanchang's liaison objecting on the receipt by keyboard and the secretariat
 * accepting it with points; the commendation proposed with a quota of one, its notice published in a column picked on
 * the page and read on the public portal, ended, decided; the certificate printed, its PDF read back, its QR code
 * decoded and followed to the public verification page, revoked there; an unknown serial on the site's 404 page; axe
 * on every page of the journey.
 */
class EvaluationBrowserTest extends BrowserJourney {

    private static final int YEAR = 2071;
    private static final String NANCHANG = "360100";
    private static final String JIUJIANG = "360400";
    private static final String LIAISON_NAME = "熊卫东";
    private static final String CIRCULAR_TITLE = "关于报送2071年联络员名录的通知";

    /** Fetches a path with the page's cookies and answers its status, content type and body in base64. */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(buffer => {
                const bytes = new Uint8Array(buffer);
                let text = '';
                for (let i = 0; i < bytes.length; i += 0x8000) {
                  text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                }
                done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(text)});
              }))
              .catch(e => done({status: 0, type: String(e), body: ''}));
            """;

    @Autowired
    CircularsApi circulars;
    @Autowired
    SubmissionWriting writing;
    @Autowired
    SubmissionReview review;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private final List<String> violations = new ArrayList<>();

    @Test
    void theSecretariatScoresObjectsCommendsAndCertifiesAYearThroughThePages() throws Exception {
        fixtures.member(NANCHANG, JIUJIANG);
        long nanchangPerson = fixtures.person(LIAISON_NAME);
        long jiujiangPerson = fixtures.person("涂晓梅");
        fixtures.appoint(NANCHANG, nanchangPerson, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        fixtures.appoint(JIUJIANG, jiujiangPerson, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, NANCHANG, null, nanchangPerson);
        String staff = fixtures.account(Role.STAFF);
        long circular = yearOfWork(liaison, nanchangPerson);

        openBrowser();
        signIn(staff, Fixtures.PASSWORD);
        scoreTheYearAndDrillDown(circular);
        setTheObjectionWindow();
        signOut();

        signIn(liaison, Fixtures.PASSWORD);
        long objection = raiseAnObjection();
        signOut();

        signIn(staff, Fixtures.PASSWORD);
        answer(objection);
        commend();
        String verification = printTheCertificate(nanchangPerson);
        revoke(verification);
        unknownSerial();

        assertThat(violations).isEmpty();
    }

    /** A circular of March 2071 to both cities, Nanchang replying on time and Jiujiang reading only; Nanchang's report adopted. */
    private long yearOfWork(String liaison, long nanchangPerson) {
        long circular = fixtures.asAdmin(() -> circulars.issue(new NewCircular("赣联〔2071〕3号", CIRCULAR_TITLE,
                "<p>请各市核对联络员名录并回执。</p>", new Targets(TargetMode.PICKED, List.of(), null, null, List.of(NANCHANG, JIUJIANG)),
                clock.instant().plusSeconds(86400), "/admin/inbox"))).circularId();
        jdbc.sql("UPDATE circular SET issued_at = :issued, deadline = :deadline WHERE id = :id")
                .param("issued", on(3, 1)).param("deadline", on(3, 10)).param("id", circular).update();
        jdbc.sql("UPDATE circular_delivery SET read_at = :at, first_replied_at = :at, replied_at = :at WHERE circular_id = :c AND city_code = :city")
                .param("at", on(3, 2)).param("c", circular).param("city", NANCHANG).update();
        jdbc.sql("UPDATE circular_delivery SET read_at = :at WHERE circular_id = :c AND city_code = :city")
                .param("at", on(3, 3)).param("c", circular).param("city", JIUJIANG).update();

        Actor nanchang = new Actor(liaison, Role.LIAISON, NANCHANG, null, nanchangPerson);
        long column = jdbc.sql("SELECT id FROM portal_column WHERE slug = 'exchange'").query(Long.class).single();
        long report = Fixtures.as(nanchang, () -> writing.create(new ReportInput("南昌：英雄城的城市联络", SubmissionKind.CITY_NEWS,
                "<p>南昌经验</p>"), true, List.of()));
        fixtures.asAdmin(() -> review.review(report, ReviewAction.ADOPT, null, new Adoption(column, null, null, null, null, null)));
        jdbc.sql("UPDATE submission SET first_submitted_at = :at WHERE id = :id").param("at", on(4, 1)).param("id", report).update();
        return circular;
    }

    private void scoreTheYearAndDrillDown(long circular) {
        browser.click(By.id("nav-evaluations"));
        browser.find(By.id("create-year"));
        violations.addAll(axeAsShown("/admin/evaluations"));
        browser.type(By.id("year-year"), String.valueOf(YEAR));
        browser.click(By.id("create-year"));
        browser.waitForText(By.id("year-status"), "草稿");
        browser.click(By.id("status-SCORED"));
        browser.waitForText(By.id("year-status"), "已评分");
        browser.open("/admin/evaluations");
        browser.click(By.cssSelector("#years tr[data-year='" + YEAR + "'] a"));
        browser.find(By.id("scores"));
        violations.addAll(axeAsShown("/admin/evaluations/" + YEAR));

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#scores tbody tr[data-city^='36']"));
        assertThat(rows).extracting(row -> row.getAttribute("data-city")).containsExactly(NANCHANG, JIUJIANG);
        String total = browser.text(By.cssSelector("#scores tr[data-city='" + NANCHANG + "'] a.total"));
        browser.click(By.cssSelector("#scores tr[data-city='" + NANCHANG + "'] a.total"));
        browser.waitForText(By.tagName("h1"), "南昌市");
        assertThat(browser.text(By.id("total"))).isEqualTo(total);
        assertThat(browser.text(By.id("rank"))).isEqualTo("1");
        violations.addAll(axeAsShown("scorecard"));

        browser.driver().navigate().back();
        browser.click(By.cssSelector("#scores tr[data-city='" + NANCHANG + "'] td[data-kind='RECEIPTS_ON_TIME'] a"));
        browser.waitForText(By.tagName("h1"), "南昌市");
        assertThat(browser.currentUrl()).endsWith("/admin/evaluations/" + YEAR + "/cities/" + NANCHANG + "#evidence-RECEIPTS_ON_TIME");
        By receipt = By.cssSelector("#evidence-RECEIPTS_ON_TIME tr[data-source='CIRCULAR'] a");
        assertThat(browser.find(By.cssSelector("#evidence-RECEIPTS_ON_TIME tr[data-source='CIRCULAR']")).getText())
                .contains(CIRCULAR_TITLE, LIAISON_NAME);
        browser.click(receipt);
        browser.waitForText(By.tagName("main"), CIRCULAR_TITLE);
        assertThat(browser.currentUrl()).endsWith("/admin/circulars/" + circular + "/tracking");
        assertThat(browser.text(By.tagName("main"))).contains("南昌市", "九江市");

    }

    private void setTheObjectionWindow() {
        browser.open("/admin/evaluations/" + YEAR);
        browser.click(By.id("objections-link"));
        browser.find(By.id("window-state"));
        browser.click(By.cssSelector("details summary"));
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        browser.setValue(By.id("window-openAt"), now.minusHours(1).format(minutes));
        browser.setValue(By.id("window-closeAt"), now.plusDays(7).format(minutes));
        violations.addAll(axeAsShown("objections (secretariat)"));
        browser.click(By.id("save-window"));
        browser.waitForText(By.id("window-state"), "申诉期内");
    }

    /** Nanchang's liaison finds the year from the menu and objects on its receipt, the form used by keyboard alone. */
    private long raiseAnObjection() {
        browser.click(By.id("nav-evaluations"));
        browser.click(By.cssSelector("#years tr[data-year='" + YEAR + "'] a"));
        browser.click(By.id("objections-link"));
        browser.find(By.id("raise-objection"));
        violations.addAll(axeAsShown("objections (liaison)"));

        browser.selectByValue(By.id("objection-indicator"), "RECEIPTS_ON_TIME");
        WebElement evidence = browser.find(By.id("objection-evidence"));
        String item = evidence.findElements(By.tagName("option")).stream()
                .filter(o -> o.getText().contains(CIRCULAR_TITLE)).findFirst().orElseThrow().getAttribute("value");
        browser.selectByValue(By.id("objection-evidence"), item);
        browser.find(By.id("objection-reason")).sendKeys("三月回执已于3月2日报送，请核实复核。");
        pressEnterOn("raise-objection");
        browser.find(By.id("objection-log"));
        assertThat(browser.text(By.id("objection-status"))).isEqualTo("待答复");
        assertThat(browser.text(By.id("objection-evidence"))).contains(CIRCULAR_TITLE, "2071-03-02", "按时回执").doesNotContain("CIRCULAR");
        assertThat(browser.find(By.cssSelector("#objection-evidence a")).getAttribute("href")).contains("/admin/inbox/");
        violations.addAll(axeAsShown("objection (liaison)"));
        return Long.parseLong(browser.currentUrl().replaceAll("^.*/objections/(\\d+).*$", "$1"));
    }

    private void answer(long objection) {
        browser.click(By.id("nav-evaluations"));
        browser.click(By.cssSelector("#years tr[data-year='" + YEAR + "'] a"));
        browser.click(By.id("objections-link"));
        browser.click(By.cssSelector("#objections tr[data-id='" + objection + "'] a"));
        browser.find(By.id("answer-objection"));
        violations.addAll(axeAsShown("objection (secretariat)"));
        browser.click(By.cssSelector("#objection-evidence a"));
        browser.waitForText(By.tagName("main"), CIRCULAR_TITLE);
        assertThat(browser.currentUrl()).contains("/admin/circulars/").endsWith("/tracking");
        browser.driver().navigate().back();
        browser.click(By.id("answer-accept"));
        browser.type(By.id("answer-points"), "0.5");
        browser.type(By.id("answer-answer"), "经核实，回执已按时报送，补加分值。");
        browser.click(By.id("answer-objection"));
        browser.waitForText(By.id("objection-status"), "已采纳");
        assertThat(browser.text(By.id("objection-log"))).contains("→");
    }

    private void commend() {
        browser.open("/admin/evaluations/" + YEAR);
        browser.click(By.id("commendation-link"));
        browser.find(By.id("propose"));
        violations.addAll(axeAsShown("commendation (proposing)"));
        browser.type(By.id("quota"), "1");
        browser.click(By.id("save-settings"));
        browser.click(By.id("propose"));
        browser.find(By.id("commendations"));
        assertThat(browser.text(By.id("commendations"))).contains(LIAISON_NAME, "南昌市").doesNotContain("涂晓梅");
        assertOneLine(By.cssSelector("#commendations button"));

        browser.selectByText(By.id("notice-column"), "协会动态");
        browser.type(By.id("notice-days"), "5");
        browser.click(By.id("publish-notice"));
        browser.waitForText(By.id("round-status"), "公示");
        violations.addAll(axeAsShown("commendation (notice)"));
        String article = browser.find(By.id("notice-article")).getAttribute("href");
        String articleId = article.replaceAll("^.*/article/(\\d+).*$", "$1");

        browser.open("/column/news");
        browser.click(By.cssSelector("main a[href*='/article/" + articleId + "']"));
        browser.waitForText(By.tagName("main"), LIAISON_NAME + "（南昌市）");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("涂晓梅");

        noticeOver();
        browser.open("/admin/evaluations/" + YEAR + "/commendations");
        browser.click(By.id("decide"));
        browser.waitForText(By.id("round-status"), "已决定");
        browser.find(By.id("certificate-list"));
        violations.addAll(axeAsShown("commendation (decided)"));
        assertOneLine(By.cssSelector("#certificate-list button"));

        browser.open("/admin/evaluations");
        browser.click(By.id("measures-link"));
        browser.find(By.tagName("h1"));
        violations.addAll(axeAsShown("/admin/evaluations/measures"));
    }

    /** Prints the certificate in the page's session, reads it back and follows its QR code; answers the page's path. */
    private String printTheCertificate(long person) {
        browser.open("/admin/evaluations/" + YEAR + "/commendations");
        WebElement row = browser.find(By.cssSelector("#certificate-list tbody tr"));
        String serial = row.getAttribute("data-serial");
        assertThat(serial).isEqualTo("市协联证〔2071〕第001号");
        String print = row.findElement(By.cssSelector("a[href$='.pdf']")).getAttribute("href");

        byte[] pdf = fetchPdf(print);
        assertThat(PdfContent.text(pdf)).contains(LIAISON_NAME, "南昌市", "优秀联络员", serial);
        List<String> codes = PdfContent.qrCodes(pdf, 0, 200);
        assertThat(codes).hasSize(1);
        String path = URI.create(codes.get(0)).getRawPath();
        assertThat(path).startsWith("/certificates/");

        browser.open(path);
        browser.find(By.id("valid"));
        String page = browser.text(By.id("certificate"));
        assertThat(page).contains(serial, LIAISON_NAME, "南昌市", "优秀联络员", String.valueOf(YEAR));
        String mobile = jdbc.sql("SELECT mobile FROM person WHERE id = :id").param("id", person).query(String.class).single();
        assertThat(browser.source()).doesNotContain(mobile).doesNotContain("@example.cn");
        violations.addAll(axeAsShown("/certificates/{serial}"));
        return path;
    }

    /** Revokes the certificate from the list by keyboard: the reason typed and Enter pressed. */
    private void revoke(String verification) {
        browser.open("/admin/evaluations/" + YEAR + "/commendations");
        browser.find(By.cssSelector("#certificate-list input[name='reason']")).sendKeys("经复核撤销表彰", Keys.ENTER);
        browser.waitForText(By.id("certificate-list"), "经复核撤销表彰");
        browser.open(verification);
        browser.waitForText(By.id("revoked"), "已撤销");
        assertThat(browser.source()).doesNotContain("经复核撤销表彰");
        violations.addAll(axeAsShown("/certificates/{serial} (revoked)"));
    }

    private void unknownSerial() {
        browser.open("/certificates/" + URI.create("x").resolve("市协联证〔2071〕第999号").toASCIIString());
        browser.waitForText(By.tagName("main"), "您要找的内容不存在");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("页面不存在");
        browser.find(By.cssSelector(".portal-masthead .portal-brand"));
        assertThat(browser.source()).doesNotContain("Whitelabel").doesNotContain("Not Found");
        violations.addAll(axeAsShown("/certificates/{unknown}"));
    }

    /** The button's label is not broken over lines, as a narrow table cell would break 撤销 into 撤 and 销. */
    private void assertOneLine(By button) {
        Object lines = browser.driver().executeScript("""
                const range = document.createRange();
                range.selectNodeContents(arguments[0]);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;""", browser.find(button));
        assertThat(lines).as(button.toString()).isEqualTo(1L);
    }

    /** Tabs from the focused field to the button and presses Enter on it, as a keyboard user does. */
    private void pressEnterOn(String buttonId) {
        for (int i = 0; i < 10 && !buttonId.equals(browser.driver().switchTo().activeElement().getAttribute("id")); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(buttonId);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    }

    private byte[] fetchPdf(String url) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) browser.driver().executeAsyncScript(FETCH, url);
        assertThat(answer.get("status")).as(url).isEqualTo(200L);
        assertThat((String) answer.get("type")).as(url).startsWith("application/pdf");
        return Base64.getDecoder().decode((String) answer.get("body"));
    }

    /** The notice's working days over: its times, and its article's, moved back so that it ended a minute ago. */
    private void noticeOver() {
        Timestamp until = jdbc.sql("SELECT notice_until FROM evaluation_commendation_round WHERE year = :year")
                .param("year", YEAR).query(Timestamp.class).single();
        String shift = "make_interval(secs => " + Duration.between(clock.instant(), until.toInstant()).plusMinutes(1).toSeconds() + ")";
        jdbc.sql("UPDATE article SET publish_at = publish_at - " + shift + ", expire_at = expire_at - " + shift
                + " WHERE id = (SELECT notice_article_id FROM evaluation_commendation_round WHERE year = :year)").param("year", YEAR).update();
        jdbc.sql("UPDATE evaluation_commendation_round SET notice_from = notice_from - " + shift + ", notice_until = notice_until - "
                + shift + " WHERE year = :year").param("year", YEAR).update();
    }

    private Timestamp on(int month, int day) {
        return Timestamp.from(LocalDate.of(YEAR, month, day).atTime(10, 0).atZone(clock.getZone()).toInstant());
    }
}
