package org.citybridge.events;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the event, end to end: the secretariat uploads photos with captions on the event page, drafts the report for
 * the portal's 联络工作 column with the figures and the photos it chooses, and an editor finishes and publishes it in
 * the portal, where the public reads it with its pictures. Guilin (450300) sends two delegates, Liuzhou (450200) one.
 */
@IntegrationTest
class EventReportTests {

    private static final String GUILIN = "450300";
    private static final String LIUZHOU = "450200";
    /** The smallest valid PNG: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    ArticleEditing editing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private static String staff;
    private static String editor;
    private static String liaison;

    @BeforeEach
    void accounts() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff != null) {
            return;
        }
        staff = fixtures.account(Role.STAFF);
        editor = fixtures.account(Role.EDITOR);
        Actor guilin = events.liaison(GUILIN);
        liaison = fixtures.account(Role.LIAISON, GUILIN, null, guilin.personId());
    }

    private Cookie as(String user) throws Exception {
        return Sessions.login(mvc, user, Fixtures.PASSWORD);
    }

    /** An event Guilin and Liuzhou registered for, moved on to the given status. */
    private long event(String title, EventStatus... moves) {
        long id = events.openEvent(title, 10, null);
        events.register(EventTesting.staff(), id, GUILIN, EventTesting.delegation("桂林代表甲", "桂林代表乙"));
        events.register(EventTesting.staff(), id, LIUZHOU, EventTesting.delegation("柳州代表"));
        for (EventStatus move : moves) {
            fixtures.asAdmin(() -> planning.changeStatus(id, move));
        }
        return id;
    }

    private ResultActions upload(Cookie session, long event, String fileName, byte[] content, String caption) throws Exception {
        return mvc.perform(multipart("/admin/events/" + event + "/photos")
                .file(new MockMultipartFile("file", fileName, "image/png", content)).param("caption", caption)
                .with(csrf()).cookie(session));
    }

    private UUID photo(long event, String caption) {
        return jdbc.sql("SELECT file_id FROM event_photo WHERE event_id = :event AND caption = :caption")
                .param("event", event).param("caption", caption).query(UUID.class).single();
    }

    private long photoId(long event, String caption) {
        return jdbc.sql("SELECT id FROM event_photo WHERE event_id = :event AND caption = :caption")
                .param("event", event).param("caption", caption).query(Long.class).single();
    }

    private long column(String slug) {
        return jdbc.sql("SELECT id FROM portal_column WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private long count(String sql, Object... params) {
        return events.count(sql, params);
    }

    @Test
    void theSecretariatDraftsTheReportWithFiguresAndChosenPhotosAndAnEditorPublishesIt() throws Exception {
        long event = event("2026年度桂林联络员工作会议", EventStatus.CLOSED, EventStatus.HELD);
        Cookie secretariat = as(staff);
        upload(secretariat, event, "opening.png", PNG, "开幕式现场").andExpect(redirectedUrl("/admin/events/" + event + "/report"));
        upload(secretariat, event, "group.png", PNG, "代表<b>合影</b>").andExpect(status().isFound());
        upload(secretariat, event, "lunch.png", PNG, "午餐").andExpect(status().isFound());
        UUID opening = photo(event, "开幕式现场");
        UUID group = photo(event, "代表<b>合影</b>");
        UUID lunch = photo(event, "午餐");

        mvc.perform(get("/admin/events/" + event).cookie(secretariat))
                .andExpect(content().string(containsString("/admin/events/" + event + "/report")));
        mvc.perform(get("/admin/events/" + event + "/report").cookie(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("开幕式现场"), containsString("代表&lt;b&gt;合影&lt;/b&gt;"),
                        containsString("来自2个城市的3名代表参加会议。"), containsString("2026年度桂林联络员工作会议在成都市召开"),
                        containsString("/media/" + opening))));
        mvc.perform(get("/media/" + opening).cookie(secretariat)).andExpect(status().isOk());
        mvc.perform(get("/media/" + opening).cookie(as(editor))).andExpect(status().isNotFound());
        mvc.perform(get("/media/" + opening)).andExpect(status().isNotFound());

        String location = mvc.perform(post("/admin/events/" + event + "/article").param("columnId", String.valueOf(column("liaison-work")))
                        .param("title", "桂林联络员工作会议召开").param("photoIds", String.valueOf(photoId(event, "开幕式现场")))
                        .param("photoIds", String.valueOf(photoId(event, "代表<b>合影</b>"))).with(csrf()).cookie(secretariat))
                .andExpect(redirectedUrlPattern("/admin/portal/articles/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        long article = Long.parseLong(location.replaceAll("\\D", ""));

        record Stored(String status, long columnId, String title, String bodyHtml, String summary, String origin) {
        }
        Stored stored = jdbc.sql("SELECT status, column_id, title, body_html, summary, origin FROM article WHERE id = :id")
                .param("id", article).query(Stored.class).single();
        assertThat(stored.status()).isEqualTo("DRAFT");
        assertThat(stored.columnId()).isEqualTo(column("liaison-work"));
        assertThat(stored.title()).isEqualTo("桂林联络员工作会议召开");
        assertThat(stored.origin()).isEqualTo("event:" + event);
        assertThat(stored.summary()).contains("来自2个城市的3名代表参加会议。");
        assertThat(stored.bodyHtml()).contains("来自2个城市的3名代表参加会议。", "开幕式暨全体会议", "<figure>",
                        "/media/" + opening, "<figcaption>开幕式现场</figcaption>", "/media/" + group, "代表&lt;b&gt;合影&lt;/b&gt;")
                .doesNotContain("/media/" + lunch, "<b>");

        mvc.perform(get("/admin/events/" + event + "/report").cookie(secretariat))
                .andExpect(content().string(allOf(containsString("id=\"article-edit\""), containsString(location),
                        not(containsString("id=\"article-form\"")))));
        mvc.perform(post("/admin/events/" + event + "/article").param("columnId", String.valueOf(column("liaison-work")))
                        .param("title", "再来一篇").with(csrf()).cookie(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本次会议已有报道草稿")));
        assertThat(count("SELECT count(*) FROM event_article WHERE event_id = ?", event)).isEqualTo(1);

        // the editor finishes it in the portal and publishes it
        Cookie portalEditor = as(editor);
        mvc.perform(get(location).cookie(portalEditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("来自2个城市的3名代表参加会议。")));
        mvc.perform(get("/media/" + opening).cookie(portalEditor)).andExpect(status().isOk());
        long version = jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", article).query(Long.class).single();
        Fixtures.as(new Actor("editor-portal", Role.EDITOR, null, null, null), () -> {
            editing.update(article, version, new ArticleDraft(column("liaison-work"), "桂林联络员工作会议召开", null, "协会秘书处", "秘书处",
                    stored.summary(), "联络工作", stored.bodyHtml() + "<p>会议总结了一年来的联络工作。</p>", null, null, null, List.of()),
                    null, false, List.of(), List.of());
            return null;
        });
        mvc.perform(post("/admin/portal/articles/" + article + "/publish").with(csrf()).cookie(portalEditor))
                .andExpect(status().isFound());

        mvc.perform(get("/article/" + article + ".html"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("来自2个城市的3名代表参加会议。"), containsString("会议总结了一年来的联络工作。"),
                        containsString("/media/" + opening), containsString("开幕式现场"))));
        mvc.perform(get("/media/" + opening)).andExpect(status().isOk());
        mvc.perform(get("/media/" + lunch)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/events/" + event + "/report").cookie(secretariat))
                .andExpect(content().string(containsString("/article/" + article + ".html")));
    }

    @Test
    void aDraftDeletedInThePortalMayBeMadeAgain() throws Exception {
        long event = event("删除后重做的会议", EventStatus.CLOSED, EventStatus.HELD);
        Cookie secretariat = as(staff);
        String first = mvc.perform(post("/admin/events/" + event + "/article").param("columnId", String.valueOf(column("liaison-work")))
                        .param("title", "第一稿").with(csrf()).cookie(secretariat))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long article = Long.parseLong(first.replaceAll("\\D", ""));
        Fixtures.as(new Actor("editor-portal", Role.EDITOR, null, null, null), () -> {
            editing.delete(article);
            return null;
        });

        mvc.perform(get("/admin/events/" + event + "/report").cookie(secretariat))
                .andExpect(content().string(containsString("id=\"article-form\"")));
        mvc.perform(post("/admin/events/" + event + "/article").param("columnId", String.valueOf(column("liaison-work")))
                        .param("title", "第二稿").with(csrf()).cookie(secretariat))
                .andExpect(status().isFound());
        assertThat(count("SELECT count(*) FROM event_article WHERE event_id = ?", event)).isEqualTo(2);
    }

    @Test
    void theReportWaitsUntilTheEventIsHeldAndPhotosUntilItIsNoLongerADraft() throws Exception {
        long closed = event("尚未举办的会议", EventStatus.CLOSED);
        Cookie secretariat = as(staff);
        upload(secretariat, closed, "venue.png", PNG, "会场布置").andExpect(status().isFound());
        mvc.perform(get("/admin/events/" + closed + "/report").cookie(secretariat))
                .andExpect(content().string(allOf(containsString("会场布置"), containsString("id=\"article-not-yet\""),
                        not(containsString("id=\"article-form\"")))));
        mvc.perform(post("/admin/events/" + closed + "/article").param("columnId", String.valueOf(column("liaison-work")))
                        .param("title", "提前的报道").with(csrf()).cookie(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("举办后才能生成报道草稿")));
        assertThat(count("SELECT count(*) FROM event_article WHERE event_id = ?", closed)).isZero();

        long draft = fixtures.asAdmin(() -> planning.create(events.draft("草稿会议", 10, null)));
        upload(secretariat, draft, "x.png", PNG, "草稿照片")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("会议尚为草稿，不能上传照片。")));
        assertThat(count("SELECT count(*) FROM event_photo WHERE event_id = ?", draft)).isZero();
    }

    @Test
    void aPhotoThatIsNoPictureOrHasNoCaptionIsRefusedOnItsFieldsAndNothingIsKept() throws Exception {
        long event = event("照片校验会议", EventStatus.CLOSED, EventStatus.HELD);
        Cookie secretariat = as(staff);
        long files = count("SELECT count(*) FROM stored_file");

        upload(secretariat, event, "photo.jpg", "<html><script>alert(1)</script></html>".getBytes(), "")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"photo-file-error\""), containsString("id=\"photo-caption-error\""),
                        containsString("必填。"))));
        upload(secretariat, event, "photo.png", PNG, "说".repeat(201))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不超过 200 个字")));
        mvc.perform(multipart("/admin/events/" + event + "/photos").param("caption", "没有文件").with(csrf()).cookie(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择照片。")));

        assertThat(count("SELECT count(*) FROM event_photo WHERE event_id = ?", event)).isZero();
        assertThat(count("SELECT count(*) FROM stored_file")).as("a refused upload keeps no file").isEqualTo(files);
    }

    @Test
    void theDraftNeedsAColumnATitleAndPhotosOfThisEvent() throws Exception {
        long event = event("报道校验会议", EventStatus.CLOSED, EventStatus.HELD);
        long other = event("另一个会议", EventStatus.CLOSED);
        Cookie secretariat = as(staff);
        upload(secretariat, other, "other.png", PNG, "别的会议的照片").andExpect(status().isFound());

        mvc.perform(post("/admin/events/" + event + "/article").param("columnId", "").param("title", " ")
                        .param("photoIds", String.valueOf(photoId(other, "别的会议的照片"))).with(csrf()).cookie(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"article-column-error\""),
                        containsString("id=\"article-title-error\""), containsString("不属于本次会议"))));
        mvc.perform(post("/admin/events/" + event + "/article").param("columnId", "999999999").param("title", "不存在的栏目")
                        .with(csrf()).cookie(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"article-column-error\"")));
        mvc.perform(post("/admin/events/" + event + "/article").param("columnId", "abc").param("title", "栏目不是数字")
                        .with(csrf()).cookie(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择栏目。")));
        assertThat(count("SELECT count(*) FROM event_article WHERE event_id = ?", event)).isZero();
    }

    @Test
    void onlyTheSecretariatWorksOnTheReport() throws Exception {
        long event = event("权限会议", EventStatus.CLOSED, EventStatus.HELD);
        upload(as(staff), event, "a.png", PNG, "秘书处的照片").andExpect(status().isFound());
        long photo = photoId(event, "秘书处的照片");
        for (String user : List.of(liaison, editor)) {
            Cookie session = as(user);
            mvc.perform(get("/admin/events/" + event + "/report").cookie(session)).andExpect(status().isForbidden());
            upload(session, event, "b.png", PNG, "不该上传").andExpect(status().isForbidden());
            mvc.perform(post("/admin/events/" + event + "/photos/" + photo + "/remove").with(csrf()).cookie(session))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/events/" + event + "/article").param("columnId", String.valueOf(column("liaison-work")))
                    .param("title", "不该生成").with(csrf()).cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/media/" + photo(event, "秘书处的照片")).cookie(session)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/events/" + event + "/report")).andExpect(redirectedUrl("/login"));
        assertThat(count("SELECT count(*) FROM event_photo WHERE event_id = ?", event)).isEqualTo(1);

        long elsewhere = event("另一权限会议", EventStatus.CLOSED);
        mvc.perform(post("/admin/events/" + elsewhere + "/photos/" + photo + "/remove").with(csrf()).cookie(as(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/events/" + event + "/photos/" + photo + "/remove").with(csrf()).cookie(as(staff)))
                .andExpect(redirectedUrl("/admin/events/" + event + "/report"));
        assertThat(count("SELECT count(*) FROM event_photo WHERE event_id = ?", event)).isZero();
        mvc.perform(post("/admin/events/" + event + "/photos/" + photo + "/remove").with(csrf()).cookie(as(staff)))
                .andExpect(status().isNotFound());
    }
}
