package org.citybridge.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.Upload;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionMedia;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * {@code /media/{id}} shows a file through an article only when the file belongs to it (cover, attachment, a picture
 * uploaded for its body or adopted with it) and the article is live or the reader may edit it. Writing another
 * module's file id into a body (a circular's attachment, a city report's picture) reveals nothing.
 */
@IntegrationTest
class PortalMediaAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    PortalMedia media;
    @Autowired
    FileStore files;
    @Autowired
    SubmissionMedia submissionMedia;
    @Autowired
    SubmissionWriting submissionWriting;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate tx;

    private PortalWorld world;
    private Cookie editor;

    @BeforeEach
    void setUp() throws Exception {
        world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
    }

    /** A file of another module (here: as a circular keeps its attachments), which no article owns. */
    private UUID circularAttachment() {
        return tx.execute(status -> files.store("通知附件.pdf", "%PDF-1.4 confidential".getBytes(), FilePolicy.DOCUMENTS,
                "files").id());
    }

    /** A picture of a report the city has submitted (what the secretariat may adopt). */
    private UUID reportPicture(String cityCode) {
        Actor liaison = new Actor("liaison-" + cityCode, Role.LIAISON, cityCode, cityCode.substring(0, 2) + "0000", null);
        return Fixtures.as(liaison, () -> {
            UUID picture = submissionMedia.upload(new Upload("现场.png", PortalWorld.PNG)).id();
            submissionWriting.create(new ReportInput("现场报道", SubmissionKind.CITY_NEWS, bodyNaming(picture)), true, List.of());
            return picture;
        });
    }

    private static String bodyNaming(UUID file) {
        return "<p>正文</p><figure><img src=\"/media/" + file + "\" alt=\"图\"><figcaption>说明</figcaption></figure>";
    }

    private int status(String url, Cookie session) throws Exception {
        var request = get(url);
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void anEditorCannotSaveABodyNamingAFileThatIsNotTheArticles() throws Exception {
        UUID attachment = circularAttachment();
        long before = jdbc.sql("SELECT count(*) FROM article").query(Long.class).single();

        var response = mvc.perform(post("/admin/portal/articles/new").with(csrf()).cookie(editor)
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", "借图")
                        .param("bodyHtml", bodyNaming(attachment)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("正文引用的图片 /media/" + attachment + " 不属于本文章");
        assertThat(jdbc.sql("SELECT count(*) FROM article").query(Long.class).single()).isEqualTo(before);
        assertThat(status("/media/" + attachment, editor)).isEqualTo(404);
    }

    @Test
    void aStoredBodyNamingAnotherModulesFileShowsItNeitherInPreviewNorOncePublished() throws Exception {
        UUID attachment = circularAttachment();
        UUID otherCitysPicture = reportPicture("450100");
        long id = world.draft(PortalWorld.title("夹带"));
        jdbc.sql("UPDATE article SET body_html = :body WHERE id = :id")
                .param("body", bodyNaming(attachment) + bodyNaming(otherCitysPicture)).param("id", id).update();

        assertThat(status("/admin/portal/articles/" + id + "/preview", editor)).isEqualTo(200);
        assertThat(status("/media/" + attachment, editor)).isEqualTo(404);
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        assertThat(status("/media/" + attachment, editor)).isEqualTo(404);
        assertThat(status("/media/" + attachment, null)).isEqualTo(404);
        assertThat(status("/media/" + otherCitysPicture, null)).isEqualTo(404);
    }

    @Test
    void picturesUploadedForTheArticleOrAdoptedWithItStillShow() throws Exception {
        long written = livePictureArticle();
        UUID uploaded = jdbc.sql("SELECT file_id FROM article_media WHERE article_id = :id").param("id", written)
                .query(UUID.class).single();
        assertThat(status("/media/" + uploaded, null)).isEqualTo(200);

        UUID reported = reportPicture("450100");
        long adopted = PortalTesting.publish(context, "采用的报送", bodyNaming(reported));
        assertThat(status("/media/" + reported, null)).isEqualTo(200);
        assertThat(status("/article/" + adopted + ".html", null)).isEqualTo(200);

        // an adopted article is edited later: its picture stays its own
        long version = jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", adopted).query(Long.class).single();
        Instant publishAt = jdbc.sql("SELECT publish_at FROM article WHERE id = :id").param("id", adopted)
                .query(Timestamp.class).single().toInstant();
        fixtures.asAdmin(() -> {
            editing.update(adopted, version, world.draft("news", "采用的报送（修订）", bodyNaming(reported), publishAt, null),
                    null, false, List.of(), List.of());
            return null;
        });
        assertThat(status("/media/" + reported, null)).isEqualTo(200);
    }

    @Test
    void anAdoptionCannotBringInAFileTheAdopterCannotSee() {
        UUID attachment = circularAttachment();
        assertThatThrownBy(() -> PortalTesting.publish(context, "采用夹带", bodyNaming(attachment)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("article.error.foreignPicture");
        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE title = '采用夹带'").query(Long.class).single()).isZero();
    }

    private long livePictureArticle() {
        long id = world.draftWithPicture(PortalWorld.title("配图"), world.picture());
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }
}
