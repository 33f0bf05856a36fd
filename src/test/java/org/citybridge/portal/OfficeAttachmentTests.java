package org.citybridge.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.citybridge.files.domain.ContentSnifferTest;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** An article's attachments in the formats offices send: accepted by content through the editor's form, downloaded by readers. */
@IntegrationTest
class OfficeAttachmentTests {

    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private static Cookie editor;

    @BeforeEach
    void signIn() throws Exception {
        if (editor == null) {
            editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
        }
    }

    @Test
    void wpsPowerPointOfdAndZipAttachmentsAreAcceptedAndDownloadNeverInline() throws Exception {
        String title = "办公格式附件" + UUID.randomUUID();
        MockHttpServletResponse created = mvc.perform(multipart("/admin/portal/articles/new")
                        .file(file("会议通知.wps", ContentSnifferTest.office("notice.doc")))
                        .file(file("会议议程.dps", ContentSnifferTest.office("agenda.ppt")))
                        .file(file("会议议程.pptx", ContentSnifferTest.office("agenda.pptx")))
                        .file(file("电子公文.ofd", ContentSnifferTest.ofd()))
                        .param("columnId", String.valueOf(PortalTesting.column(context, "news")))
                        .param("title", title).param("bodyHtml", "<p>附件见下</p>")
                        .with(csrf()).cookie(editor))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D+", ""));
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });

        List<UUID> files = jdbc.sql("SELECT file_id FROM article_attachment WHERE article_id = :id ORDER BY position")
                .param("id", id).query(UUID.class).list();
        assertThat(files).hasSize(4);
        List<String> types = files.stream().map(file -> download(id, file)).map(response -> {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            return response.getContentType();
        }).toList();
        assertThat(types).containsExactly("application/kswps", "application/ksdps",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/ofd");
        String page = mvc.perform(get("/article/" + id + ".html").header("User-Agent", READER)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("会议通知.wps", "会议议程.dps", "电子公文.ofd");
    }

    @Test
    void aSpoofedOrMacroCarryingDocumentIsRefusedByNameAndNothingIsSaved() throws Exception {
        String title = "伪装附件" + UUID.randomUUID();
        byte[] docm = ContentSnifferTest.withEntry(ContentSnifferTest.docx(), "word/vbaProject.bin");

        MockHttpServletResponse refused = mvc.perform(multipart("/admin/portal/articles/new")
                        .file(file("通知.doc", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .file(file("统计表.docm", docm))
                        .param("columnId", String.valueOf(PortalTesting.column(context, "news")))
                        .param("title", title).param("bodyHtml", "<p>正文</p>")
                        .with(csrf()).cookie(editor))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("文件“通知.doc”的内容不是允许的类型", "文件“统计表.docm”含有宏", "WPS", "OFD");
        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE title = :title").param("title", title).query(Long.class).single())
                .isZero();
    }

    private MockHttpServletResponse download(long article, UUID file) {
        try {
            return mvc.perform(get("/articles/" + article + "/files/" + file).header("User-Agent", READER)).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }
}
