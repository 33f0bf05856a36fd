package org.citybridge.submissions;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.submissions.domain.SubmissionMedia;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Chengdu's liaison writes, the secretariat returns, the city revises, the secretariat adopts into 联络工作. */
@IntegrationTest
class SubmissionFlowTests {

    private static final String CHENGDU = "510100";
    private static final String NANNING = "450100";
    private static String liaison;
    private static String nanningLiaison;
    private static String staff;
    private static long personId;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmissionMedia media;
    @Autowired
    SubmissionStatistics statistics;
    @Autowired
    Clock clock;

    @BeforeEach
    void accounts() {
        if (liaison != null) {
            return;
        }
        personId = fixtures.person("王报送");
        fixtures.appoint(CHENGDU, personId, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        liaison = fixtures.account(Role.LIAISON, CHENGDU, null, personId);
        long nanningPerson = fixtures.person("南宁联络员");
        fixtures.appoint(NANNING, nanningPerson, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        nanningLiaison = fixtures.account(Role.LIAISON, NANNING, null, nanningPerson);
        staff = fixtures.account(Role.STAFF);
    }

    @Test
    void returnReviseResubmitAndAdoptThroughTheWebPublishesALiveArticleWithTheCaption() throws Exception {
        Cookie city = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        Cookie secretariat = Sessions.login(mvc, staff, Fixtures.PASSWORD);
        String upload = mvc.perform(multipart("/admin/submissions/media")
                        .file(new MockMultipartFile("file", "锦江夜景.png", "image/png", SubmissionTesting.image("png")))
                        .cookie(city).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        String imageId = SubmissionTesting.jsonField(upload, "id");
        assertThat(SubmissionTesting.jsonField(upload, "url")).isEqualTo("/media/" + imageId);
        String body = "<p>成都市推进城市更新。</p><figure><img src=\"/media/" + imageId
                + "\" alt=\"锦江两岸夜景\"><figcaption>锦江两岸夜景（成都市政府办公厅供图）</figcaption></figure>";

        MvcResult created = mvc.perform(multipart("/admin/submissions").cookie(city).with(csrf())
                        .file(new MockMultipartFile("attachments", "数据表.pdf", "application/pdf", SubmissionTesting.PDF))
                        .param("title", "成都市城市更新经验").param("kind", "EXPERIENCE").param("bodyHtml", body)
                        .param("submit", "true"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/admin/submissions/", ""));
        assertThat(status(id)).isEqualTo("SUBMITTED");

        String queue = mvc.perform(get("/admin/submissions/review").cookie(secretariat)).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("成都市城市更新经验");

        assertThat(mvc.perform(post("/admin/submissions/" + id + "/review").cookie(secretariat).with(csrf())
                .param("action", "return").param("opinion", "")).andReturn().getResponse().getContentAsString())
                .contains("须填写意见");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/admin/submissions/" + id + "/review").cookie(secretariat).with(csrf())
                .param("action", "return").param("opinion", "请补充改造项目的投资数据。"));
        assertThat(status(id)).isEqualTo("RETURNED");
        String page = mvc.perform(get("/admin/submissions/" + id).cookie(city)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("退回修改").contains("请补充改造项目的投资数据。").contains(staff);

        mvc.perform(multipart("/admin/submissions/" + id).cookie(city).with(csrf())
                .param("title", "成都市城市更新经验（修订）").param("kind", "EXPERIENCE")
                .param("bodyHtml", body + "<p>累计投资120亿元。</p>").param("submit", "true"));
        assertThat(status(id)).isEqualTo("SUBMITTED");

        String form = mvc.perform(get("/admin/submissions/" + id + "/adopt").cookie(secretariat)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("成都市人民政府").contains("王报送").contains("城市交流 &gt; 联络工作");
        long column = liaisonWorkColumn();
        mvc.perform(post("/admin/submissions/" + id + "/adopt").cookie(secretariat).with(csrf())
                .param("columnId", String.valueOf(column)).param("title", "成都：城市更新让老城焕新")
                .param("bodyHtml", body + "<p>累计投资120亿元。</p>").param("source", "成都市人民政府")
                .param("author", "王报送").param("opinion", "采用，刊发于联络工作栏目。"));
        assertThat(status(id)).isEqualTo("ADOPTED");
        Long articleId = jdbc.sql("SELECT article_id FROM submission WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(articleId).isNotNull();
        var article = jdbc.sql("SELECT column_id, status, title, body_html, source, author, origin FROM article WHERE id = :id")
                .param("id", articleId).query().singleRow();
        assertThat(article.get("column_id")).isEqualTo(column);
        assertThat(article.get("status")).isEqualTo("PUBLISHED");
        assertThat(article.get("title")).isEqualTo("成都：城市更新让老城焕新");
        assertThat(HtmlUtils.htmlUnescape((String) article.get("body_html"))).contains("<figcaption>锦江两岸夜景（成都市政府办公厅供图）</figcaption>")
                .contains("src=\"/media/" + imageId + "\"").contains("alt=\"锦江两岸夜景\"");
        assertThat(article.get("source")).isEqualTo("成都市人民政府");
        assertThat(article.get("author")).isEqualTo("王报送");
        assertThat(article.get("origin")).isEqualTo("submission:" + id);
        assertThat(history(id)).containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ADOPT");

        page = mvc.perform(get("/admin/submissions/" + id).cookie(city)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已采用").contains("采用，刊发于联络工作栏目。").contains("数据表.pdf")
                .contains("data-article-id=\"" + articleId + "\"");
        String mine = mvc.perform(get("/admin/submissions").cookie(city)).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("成都市城市更新经验（修订）").contains("已采用");
        String attachment = jdbc.sql("SELECT file_id::text FROM submission_attachment WHERE submission_id = :id").param("id", id)
                .query(String.class).single();
        assertThat(mvc.perform(get("/admin/submissions/" + id + "/files/" + attachment).cookie(city)).andReturn()
                .getResponse().getContentAsByteArray()).isEqualTo(SubmissionTesting.PDF);
        assertThat(mvc.perform(post("/admin/submissions/" + id + "/review").cookie(secretariat).with(csrf())
                .param("action", "reject").param("opinion", "晚了")).andExpect(MockMvcResultMatchers.status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("当前状态为“已采用”，不能执行“不予采用”");
        assertThat(status(id)).isEqualTo("ADOPTED");
        assertThat(history(id)).containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ADOPT");
    }

    @Test
    void theApiTakesTheSameStepsAndRefusesIllegalOnesWithProblems() throws Exception {
        String created = mvc.perform(post("/api/v1/submissions").with(httpBasic(liaison, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"API 报送\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>成都举办联络员培训。</p>\",\"submit\":true}"))
                .andExpect(MockMvcResultMatchers.status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(SubmissionTesting.jsonField(created, "id"));
        assertThat(created).contains("\"status\":\"SUBMITTED\"");
        var basic = httpBasic(staff, Fixtures.PASSWORD);
        MvcResult missing = mvc.perform(post("/api/v1/submissions/" + id + "/review").with(basic)
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"return\"}")).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(422);
        assertThat(missing.getResponse().getContentType()).contains("application/problem+json");
        assertThat(missing.getResponse().getContentAsString()).contains("须填写意见").contains("\"field\":\"opinion\"");
        assertThat(mvc.perform(post("/api/v1/submissions/" + id + "/review").with(basic).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"return\",\"opinion\":\"请补充照片。\"}")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(put("/api/v1/submissions/" + id).with(httpBasic(liaison, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"API 报送（补充）\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>补充内容。</p>\",\"submit\":true}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        MvcResult noColumn = mvc.perform(post("/api/v1/submissions/" + id + "/review").with(basic)
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"adopt\"}")).andReturn();
        assertThat(noColumn.getResponse().getStatus()).isEqualTo(422);
        assertThat(status(id)).isEqualTo("SUBMITTED");
        String adopted = mvc.perform(post("/api/v1/submissions/" + id + "/review").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"adopt\",\"columnId\":" + liaisonWorkColumn() + ",\"title\":\"成都联络员培训\"}"))
                .andExpect(MockMvcResultMatchers.status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(adopted).contains("\"status\":\"ADOPTED\"").contains("\"articleId\":");
        MvcResult again = mvc.perform(post("/api/v1/submissions/" + id + "/review").with(basic).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"adopt\",\"columnId\":" + liaisonWorkColumn() + "}")).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(again.getResponse().getContentAsString()).contains("当前状态为“已采用”，不能执行“采用”");
        assertThat(mvc.perform(put("/api/v1/submissions/" + id).with(httpBasic(liaison, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"改\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>x</p>\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(get("/api/v1/submissions/" + id).with(httpBasic(nanningLiaison, Fixtures.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(history(id)).containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ADOPT");
    }

    @Test
    void missingTitleAndBodyWrongFilesAndOversizePicturesAreRefusedWithNothingSaved() throws Exception {
        Cookie city = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        long submissions = count("submission");
        long files = count("stored_file");
        long pictures = count("submission_media");
        String page = mvc.perform(multipart("/admin/submissions").cookie(city).with(csrf())
                        .param("title", " ").param("kind", "CITY_NEWS").param("bodyHtml", "<p> </p>").param("submit", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"submission-title-error\"").contains("请填写标题。").contains("请填写正文。");
        page = mvc.perform(multipart("/admin/submissions").cookie(city).with(csrf())
                        .file(new MockMultipartFile("attachments", "报告.pdf", "application/pdf", SubmissionTesting.PHP_AS_JPG))
                        .param("title", "带错误附件").param("kind", "CITY_NEWS").param("bodyHtml", "<p>正文</p>").param("submit", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"attachments-error\"").contains("报告.pdf").contains("带错误附件");
        assertThat(count("submission")).isEqualTo(submissions);

        MvcResult php = mvc.perform(multipart("/admin/submissions/media").cookie(city).with(csrf())
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", SubmissionTesting.PHP_AS_JPG))).andReturn();
        assertThat(php.getResponse().getStatus()).isEqualTo(422);
        assertThat(php.getResponse().getContentType()).contains("application/problem+json");
        assertThat(php.getResponse().getContentAsString()).contains("photo.jpg").contains("不是允许的类型");
        MvcResult big = mvc.perform(multipart("/admin/submissions/media").cookie(city).with(csrf())
                .file(new MockMultipartFile("file", "huge.png", "image/png", SubmissionTesting.oversizePng()))).andReturn();
        assertThat(big.getResponse().getStatus()).isEqualTo(413);
        assertThat(big.getResponse().getContentAsString()).contains("10 MB");
        MvcResult none = mvc.perform(multipart("/admin/submissions/media").cookie(city).with(csrf())).andReturn();
        assertThat(none.getResponse().getStatus()).isEqualTo(422);
        MvcResult english = mvc.perform(multipart("/admin/submissions/media").cookie(city).cookie(new Cookie("citybridge-lang", "en"))
                .with(csrf()).file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", SubmissionTesting.PHP_AS_JPG))).andReturn();
        assertThat(english.getResponse().getContentAsString()).contains("not an accepted type");
        assertThat(count("submission_media")).isEqualTo(pictures);
        assertThat(count("stored_file")).isEqualTo(files);

        MvcResult noTitle = mvc.perform(post("/api/v1/submissions").with(httpBasic(liaison, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"CITY_NEWS\",\"submit\":true}")).andReturn();
        assertThat(noTitle.getResponse().getStatus()).isEqualTo(422);
        assertThat(noTitle.getResponse().getContentAsString()).contains("\"field\":\"title\"").contains("\"field\":\"bodyHtml\"");
        assertThat(count("submission")).isEqualTo(submissions);
    }

    @Test
    void scriptsEventHandlersAndForeignPicturesAreStrippedFromTheBody() throws Exception {
        String created = mvc.perform(post("/api/v1/submissions").with(httpBasic(liaison, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"<b>XSS</b> 测试\",\"kind\":\"RESEARCH\",\"bodyHtml\":\"<p onclick=\\\"alert(1)\\\">调研正文</p><script>alert(2)</script>"
                                + "<img src=\\\"https://evil.example/x.png\\\" onerror=\\\"alert(3)\\\"><a href=\\\"javascript:alert(4)\\\">链接</a>\"}"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(SubmissionTesting.jsonField(created, "id"));
        String body = jdbc.sql("SELECT body_html FROM submission WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(body).contains("调研正文").doesNotContain("script").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("evil.example").doesNotContain("javascript:");
        String page = mvc.perform(get("/admin/submissions/" + id).cookie(Sessions.login(mvc, liaison, Fixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;b&gt;XSS&lt;/b&gt; 测试").doesNotContain("alert(");
    }

    @Test
    void aPictureNoSubmittedReportShowsIsSeenByItsCitysLiaisonInPostOnly() {
        UUID picture = Fixtures.as(SubmissionTesting.liaison(CHENGDU, personId),
                () -> media.upload(new Upload("会场.jpg", SubmissionTesting.image("jpg")))).id();
        assertThat(jdbc.sql("SELECT city_code FROM submission_media WHERE file_id = :f").param("f", picture).query(String.class).single())
                .isEqualTo(CHENGDU);
        assertThat(media.allows(picture, SubmissionTesting.liaison(CHENGDU, personId))).isTrue();
        assertThat(media.allows(picture, SubmissionTesting.liaison(CHENGDU, null))).as("linked to no one in post").isFalse();
        assertThat(media.allows(picture, SubmissionTesting.liaison(NANNING, null))).isFalse();
        assertThat(media.allows(picture, new Actor("a", Role.ADMIN, null, null, null))).isFalse();
        assertThat(media.allows(picture, SubmissionTesting.staff())).isFalse();
        assertThat(media.allows(picture, new Actor("e", Role.EDITOR, null, null, null))).isFalse();
        assertThat(media.allows(picture, new Actor("p", Role.PROVINCE, null, "510000", null))).isFalse();
        assertThat(media.allows(picture, Actor.PUBLIC)).isFalse();
        assertThat(media.allows(UUID.randomUUID(), SubmissionTesting.staff())).isFalse();
        UUID staffPicture = Fixtures.as(SubmissionTesting.staff(),
                () -> media.upload(new Upload("配图.png", SubmissionTesting.image("png")))).id();
        assertThat(media.allows(staffPicture, SubmissionTesting.staff())).isTrue();
        assertThat(media.allows(staffPicture, new Actor("e", Role.EDITOR, null, null, null))).isFalse();
        assertThat(media.allows(staffPicture, SubmissionTesting.liaison(CHENGDU, personId))).isFalse();
    }

    @Test
    void statisticsCountSubmittedAdoptedAndPublishedPerCityAndProvinceAndExportThem() throws Exception {
        LocalDate today = LocalDate.now(clock);
        CityFigures before = figures(today, CHENGDU);
        CityFigures nanningBefore = figures(today, NANNING);
        var basic = httpBasic(liaison, Fixtures.PASSWORD);
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            String created = mvc.perform(post("/api/v1/submissions").with(basic).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"统计 " + i + "\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>内容</p>\",\"submit\":true}"))
                    .andReturn().getResponse().getContentAsString();
            ids[i] = Long.parseLong(SubmissionTesting.jsonField(created, "id"));
        }
        mvc.perform(post("/api/v1/submissions").with(basic).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"草稿不计\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>内容</p>\"}"));
        mvc.perform(post("/api/v1/submissions").with(httpBasic(nanningLiaison, Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"南宁动态\",\"kind\":\"CITY_NEWS\",\"bodyHtml\":\"<p>内容</p>\",\"submit\":true}"));
        var staffBasic = httpBasic(staff, Fixtures.PASSWORD);
        mvc.perform(post("/api/v1/submissions/" + ids[0] + "/review").with(staffBasic).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"adopt\",\"columnId\":" + liaisonWorkColumn() + "}"))
                .andExpect(MockMvcResultMatchers.status().isOk()).andExpect(content().string(containsString("\"status\":\"ADOPTED\"")));
        mvc.perform(post("/api/v1/submissions/" + ids[1] + "/review").with(staffBasic).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"reject\",\"opinion\":\"内容重复\"}"))
                .andExpect(MockMvcResultMatchers.status().isOk()).andExpect(content().string(containsString("\"status\":\"REJECTED\"")));

        CityFigures after = figures(today, CHENGDU);
        assertThat(after.submitted() - before.submitted()).isEqualTo(3);
        assertThat(after.adopted() - before.adopted()).isEqualTo(1);
        assertThat(after.published() - before.published()).isEqualTo(1);
        assertThat(figures(today, NANNING).submitted() - nanningBefore.submitted()).isEqualTo(1);
        assertThat(figures(today.minusDays(400), CHENGDU, today.minusDays(300)).submitted()).isZero();

        Cookie province = Sessions.login(mvc, fixtures.account(Role.PROVINCE, null, "510000", null), Fixtures.PASSWORD);
        String page = mvc.perform(get("/admin/submissions/stats").param("from", today.toString()).param("to", today.toString())
                .cookie(province)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("成都市").contains("四川省").doesNotContain("南宁市");
        byte[] xlsx = mvc.perform(get("/admin/submissions/stats/export").param("from", today.toString()).param("to", today.toString())
                .cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("报送");
            Row chengdu = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("成都市")) {
                    chengdu = row;
                }
            }
            assertThat(chengdu).isNotNull();
            CityFigures now = figures(today, CHENGDU);
            assertThat((long) chengdu.getCell(2).getNumericCellValue()).isEqualTo(now.submitted());
            assertThat((long) chengdu.getCell(3).getNumericCellValue()).isEqualTo(now.adopted());
            assertThat((long) chengdu.getCell(4).getNumericCellValue()).isEqualTo(now.published());
            assertThat(chengdu.getCell(5).getNumericCellValue()).isCloseTo(now.adoptionRate(), offset(1e-9));
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("按省份");
        }
        Cookie staffSession = Sessions.login(mvc, staff, Fixtures.PASSWORD);
        String reversed = mvc.perform(get("/admin/submissions/stats/export").param("from", today.toString())
                        .param("to", today.minusDays(1).toString()).cookie(staffSession))
                .andExpect(MockMvcResultMatchers.status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(reversed).cookie(staffSession)).andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于起始日期")));
    }

    private CityFigures figures(LocalDate day, String city) {
        return figures(day, city, day);
    }

    private CityFigures figures(LocalDate from, String city, LocalDate to) {
        List<CityFigures> all = statistics.cityFigures(from, to);
        return all.stream().filter(f -> f.cityCode().equals(city)).findFirst()
                .orElse(new CityFigures(city, "", "", "", 0, 0, 0));
    }

    private long liaisonWorkColumn() {
        return jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM submission WHERE id = :id").param("id", id).query(String.class).single();
    }

    private List<String> history(long id) {
        return jdbc.sql("SELECT action FROM submission_event WHERE submission_id = :id ORDER BY id").param("id", id)
                .query(String.class).list();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
