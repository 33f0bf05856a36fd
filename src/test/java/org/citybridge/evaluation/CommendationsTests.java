package org.citybridge.evaluation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.evaluation.report.WorkReportFigures;
import org.citybridge.evaluation.domain.Adjustments;
import org.citybridge.evaluation.domain.Certificates;
import org.citybridge.evaluation.domain.Commendations;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.evaluation.domain.WorkingDays;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.JobPages;
import org.citybridge.support.PdfContent;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year's commendation in two Inner Mongolian cities, Datong and Yangquan, whose liaisons lead the ranking by their
 * manual points: proposed through the API, changed by hand, published as a notice on the portal that is live and then,
 * its working days over (the notice's times moved into the past), no longer; an objection recorded and answered; the
 * list decided and fixed; certificates numbered in order, printed with the uploaded seal, the shipped font and a QR
 * code to the public page, zipped one each; the public page without anything personal, revoked, and 404 for an
 * unknown serial.
 */
@IntegrationTest
class CommendationsTests {

    private static final int YEAR = 2062;
    private static final String DATONG = "140200";
    private static final String YANGQUAN = "140300";

    @Autowired
    Fixtures fixtures;
    @Autowired
    EvaluationYears years;
    @Autowired
    Adjustments adjustments;
    @Autowired
    Commendations commendations;
    @Autowired
    Certificates certificates;
    @Autowired
    WorkReportFigures reportFigures;
    @Autowired
    PortalApi portal;
    @Autowired
    CityBridgeProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void proposedPublishedDecidedAndCertified() throws Exception {
        fixtures.member(DATONG, YANGQUAN);
        long datong = fixtures.person("大同联络员");
        long yangquan = fixtures.person("阳泉联络员");
        long deputy = fixtures.person("阳泉副联络员");
        fixtures.appoint(DATONG, datong, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        fixtures.appoint(YANGQUAN, yangquan, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        fixtures.appoint(YANGQUAN, deputy, LiaisonRole.DEPUTY, LocalDate.of(2020, 1, 1));
        String staff = fixtures.account(Role.STAFF);
        String liaison = fixtures.account(Role.LIAISON, DATONG, null, datong);
        fixtures.asAdmin(() -> {
            years.create(YEAR, null);
            adjustments.add(YEAR, new Adjustments.NewAdjustment(DATONG, datong, new BigDecimal("30"), "全年表现突出", null));
            adjustments.add(YEAR, new Adjustments.NewAdjustment(YANGQUAN, yangquan, new BigDecimal("20"), "工作扎实", null));
            years.changeStatus(YEAR, EvaluationStatus.SCORED);
            return null;
        });

        String api = "/api/v1/evaluations/" + YEAR + "/commendations";
        mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content("{\"quota\":2}").with(httpBasic(liaison, Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content("{\"quota\":2}").with(httpBasic(staff, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.round.quota").value(2))
                .andExpect(jsonPath("$.commendations[0].personName").value("大同联络员"))
                .andExpect(jsonPath("$.commendations[1].personName").value("阳泉联络员"))
                .andExpect(jsonPath("$.commendations.length()").value(2));

        long yangquanEntry = entry(yangquan).id();
        fixtures.asAdmin(() -> {
            commendations.add(YEAR, deputy, YANGQUAN, "承办年度会议");
            commendations.remove(YEAR, yangquanEntry, "已调离联络岗位");
            return null;
        });
        long column = portal.columns().stream().filter(c -> c.slug().equals("notices")).findFirst().orElseThrow().id();
        long article = fixtures.asAdmin(() -> commendations.publishNotice(YEAR, column, 5));
        CommendationRound round = fixtures.asAdmin(() -> commendations.round(YEAR));
        assertThat(round.noticeUntil()).isEqualTo(WorkingDays.endOfNotice(LocalDate.now(clock), 5).atStartOfDay(clock.getZone()).toInstant());
        assertThat(portal.liveArticles(List.of(article))).containsExactly(article);
        mvc.perform(get("/article/" + article + ".html")).andExpect(status().isOk())
                .andExpect(content().string(containsString("大同联络员（大同市）")))
                .andExpect(content().string(containsString("阳泉副联络员（阳泉市）")))
                .andExpect(content().string(not(containsString("阳泉联络员（"))));

        fixtures.asAdmin(() -> commendations.recordNoticeObjection(YEAR, "匿名来电", "反映大同联络员全年参会次数不足", entry(datong).id()));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> { commendations.decide(YEAR); return null; }))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).endsWith("noticeRunning"));

        noticeOver(round);
        assertThat(portal.liveArticles(List.of(article))).as("the notice has left the portal").isEmpty();
        assertThatThrownBy(() -> fixtures.asAdmin(() -> commendations.recordNoticeObjection(YEAR, "来信", "过期异议", null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).endsWith("noticeNotRunning"));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> { commendations.decide(YEAR); return null; }))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).endsWith("unanswered"));
        assertThat(fixtures.asAdmin(() -> reportFigures.figures(YEAR)).commendationsRecorded())
                .as("the work report counts no commendation before the decision").isFalse();
        long objection = fixtures.asAdmin(() -> commendations.noticeObjections(YEAR)).get(0).id();
        fixtures.asAdmin(() -> {
            commendations.answerNoticeObjection(YEAR, objection, "经核实，该同志全年参会三次，符合条件");
            commendations.decide(YEAR);
            return null;
        });

        assertThat(fixtures.asAdmin(() -> reportFigures.figures(YEAR)).provinces())
                .filteredOn(p -> p.code().equals("140000")).singleElement()
                .satisfies(p -> assertThat(p.tally().commended()).as("the work report counts the decided list").isEqualTo(2L));
        assertThat(fixtures.asAdmin(() -> commendations.list(YEAR)))
                .extracting(CommendationView::personName, CommendationView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("大同联络员", CommendationView.Status.COMMENDED),
                        org.assertj.core.groups.Tuple.tuple("阳泉副联络员", CommendationView.Status.COMMENDED),
                        org.assertj.core.groups.Tuple.tuple("阳泉联络员", CommendationView.Status.REMOVED));
        for (Runnable change : List.<Runnable>of(() -> commendations.propose(YEAR), () -> commendations.add(YEAR, yangquan, YANGQUAN, "再加"),
                () -> commendations.remove(YEAR, entry(datong).id(), "再删"), () -> commendations.decide(YEAR))) {
            assertThatThrownBy(() -> fixtures.asAdmin(() -> { change.run(); return null; }))
                    .as("the decision is fixed").isInstanceOf(RuleViolation.class);
        }

        List<CertificateView> issued = fixtures.asAdmin(() -> certificates.of(YEAR));
        assertThat(issued).extracting(CertificateView::serial, CertificateView::personName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("市协联证〔2062〕第001号", "大同联络员"),
                        org.assertj.core.groups.Tuple.tuple("市协联证〔2062〕第002号", "阳泉副联络员"));
        certified(issued, datong);
    }

    /** The certificates printed, zipped, verified on the public page and one revoked. */
    private void certified(List<CertificateView> issued, long datong) throws Exception {
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(multipart("/admin/evaluations/seal").file(new MockMultipartFile("image", "seal.png", "image/png", seal()))
                .with(csrf()).cookie(admin)).andExpect(status().isFound());
        mvc.perform(multipart("/admin/evaluations/seal").file(new MockMultipartFile("image", "seal.png", "image/png", "不是图片".getBytes()))
                .with(csrf()).cookie(admin)).andExpect(status().isFound());
        mvc.perform(get("/admin/evaluations/seal").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"seal-preview\"")));

        byte[] pdf = mvc.perform(get("/admin/evaluations/" + YEAR + "/certificates.pdf").cookie(admin))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfContent.pages(pdf)).isEqualTo(2);
        assertThat(PdfContent.text(pdf, 0)).contains("大同联络员", "大同市", "荣誉证书", "优秀联络员", "市协联证〔2062〕第001号");
        assertThat(PdfContent.text(pdf, 1)).contains("阳泉副联络员", "阳泉市");
        assertThat(PdfContent.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name()).isTrue();
            assertThat(font.name()).contains("NotoSansSC");
        });
        String verifyUrl = properties.link(issued.get(0).verificationPath());
        assertThat(PdfContent.qrCodes(pdf, 0, 200)).containsExactly(verifyUrl);
        assertThat(verifyUrl).contains("%E3%80%94").doesNotContain("〔");

        byte[] zip = mvc.perform(get("/admin/evaluations/" + YEAR + "/certificates.zip").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(zip)).hasSize(2).allSatisfy(entry -> assertThat(PdfContent.pages(entry)).isEqualTo(1));
        String job = mvc.perform(post("/admin/evaluations/" + YEAR + "/certificates/batch").param("format", "pdf").with(csrf()).cookie(admin))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(PdfContent.pages(JobPages.file(mvc, admin, job))).as("the same PDF, made in the background").isEqualTo(2);

        String path = URI.create(verifyUrl).getRawPath();
        String mobile = jdbc.sql("SELECT mobile FROM person WHERE id = :id").param("id", datong).query(String.class).single();
        mvc.perform(get(URI.create(path))).andExpect(status().isOk())
                .andExpect(content().string(containsString("大同联络员")))
                .andExpect(content().string(containsString("大同市")))
                .andExpect(content().string(containsString("优秀联络员")))
                .andExpect(content().string(containsString("2062")))
                .andExpect(content().string(containsString("id=\"valid\"")))
                .andExpect(content().string(not(containsString(mobile))))
                .andExpect(content().string(not(containsString("@example.cn"))));
        fixtures.asAdmin(() -> { certificates.revoke(YEAR, issued.get(0).id(), "经复核撤销表彰"); return null; });
        mvc.perform(get(URI.create(path))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已撤销")))
                .andExpect(content().string(not(containsString("经复核撤销表彰"))));
        // the container renders a NotFoundException as the site's one error page (error/4xx, portal layout)
        assertThat(mvc.perform(get("/certificates/{serial}", "市协联证〔2062〕第999号")).andExpect(status().isNotFound())
                .andReturn().getResolvedException()).isInstanceOf(NotFoundException.class);
        byte[] afterRevoking = mvc.perform(get("/admin/evaluations/" + YEAR + "/certificates.zip").cookie(admin))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(afterRevoking)).hasSize(1);
    }

    /** The notice's working days over: its times, and its article's, moved back so that it ended a minute ago. */
    private void noticeOver(CommendationRound round) {
        Duration back = Duration.between(clock.instant(), round.noticeUntil()).plusMinutes(1);
        String shift = "make_interval(secs => " + back.toSeconds() + ")";
        jdbc.sql("UPDATE article SET publish_at = publish_at - " + shift + ", expire_at = expire_at - " + shift + " WHERE id = :id")
                .param("id", round.noticeArticleId()).update();
        jdbc.sql("UPDATE evaluation_commendation_round SET notice_from = notice_from - " + shift + ", notice_until = notice_until - "
                + shift + " WHERE year = :year").param("year", YEAR).update();
        assertThat(jdbc.sql("SELECT notice_until < :now FROM evaluation_commendation_round WHERE year = :year")
                .param("now", Timestamp.from(clock.instant())).param("year", YEAR).query(Boolean.class).single()).isTrue();
    }

    private CommendationView entry(long personId) {
        return fixtures.asAdmin(() -> commendations.list(YEAR)).stream().filter(c -> c.personId() == personId).findFirst().orElseThrow();
    }

    private static List<byte[]> entries(byte[] zip) throws Exception {
        List<byte[]> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getName()).endsWith(".pdf");
                entries.add(in.readAllBytes());
            }
        }
        return entries;
    }

    /** A red ring on a transparent ground, as a seal's scan is. */
    private static byte[] seal() throws Exception {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.setStroke(new java.awt.BasicStroke(8));
        g.drawOval(10, 10, 180, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
