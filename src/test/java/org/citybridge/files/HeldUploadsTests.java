package org.citybridge.files;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularDrafts;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.Targets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Files chosen in a form survive a round-trip (添加问题, a validation error): they are kept at once, listed by name
 * and carried by id; only their uploader may attach them.
 */
@IntegrationTest
class HeldUploadsTests {

    static final Pattern HELD = Pattern.compile("name=\"(held(?:Files|Cover))\" value=\"([0-9a-f-]{36})\"");
    static final byte[] PDF = "%PDF-1.4 agenda".getBytes();
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static int sequence;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CircularDrafts drafts;
    @Autowired
    HeldUploads uploads;

    @Test
    void addingAQuestionToANewCircularKeepsTheChosenAttachmentAndSavingAttachesIt() throws Exception {
        Cookie staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        String number = docNumber();
        String page = mvc.perform(circular("/admin/circulars/new", staff, number).param("action", "addField")
                        .file(new MockMultipartFile("files", "议程.pdf", "application/pdf", PDF)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("议程.pdf").contains("name=\"fields[0].label\"");
        UUID held = held(page, "heldFiles");

        String saved = mvc.perform(circular("/admin/circulars/new", staff, number).param("action", "save")
                        .param("heldFiles", held.toString()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).startsWith("/admin/circulars/");
        long id = Long.parseLong(saved.substring("/admin/circulars/".length()));
        assertThat(jdbc.sql("SELECT file_id FROM circular_attachment WHERE circular_id = :id").param("id", id)
                .query(UUID.class).list()).containsExactly(held);
    }

    @Test
    void aHeldFileTakenOffIsNotAttached() throws Exception {
        Cookie staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        String number = docNumber();
        UUID held = held(mvc.perform(circular("/admin/circulars/new", staff, number).param("action", "addField")
                        .file(new MockMultipartFile("files", "议程.pdf", "application/pdf", PDF)))
                .andReturn().getResponse().getContentAsString(), "heldFiles");
        String saved = mvc.perform(circular("/admin/circulars/new", staff, number).param("action", "save")
                        .param("heldFiles", held.toString()).param("removedFiles", held.toString()))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(saved.substring("/admin/circulars/".length()));
        assertThat(jdbc.sql("SELECT count(*) FROM circular_attachment WHERE circular_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void addingAQuestionOnADraftsEditPageStillListsItsAttachments() throws Exception {
        Cookie staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        String number = docNumber();
        long id = fixtures.asAdmin(() -> drafts.create(new CircularDraft(number, "带附件的草稿",
                Urgency.NORMAL, "<p>正文</p>", Targets.allMembers(),
                null, null), java.util.List.of(new Upload("原有附件.pdf", PDF))));
        String page = mvc.perform(circular("/admin/circulars/" + id + "/edit", staff, number).param("action", "addField")
                        .file(new MockMultipartFile("files", "新增附件.pdf", "application/pdf", PDF)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("原有附件.pdf").contains("name=\"removedFiles\"").contains("新增附件.pdf");
    }

    @Test
    void someoneElsesFileIdInTheHiddenFieldIsRefusedAndNothingIsSaved() throws Exception {
        Cookie owner = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        UUID foreign = held(mvc.perform(circular("/admin/circulars/new", owner, docNumber()).param("action", "addField")
                        .file(new MockMultipartFile("files", "内部材料.pdf", "application/pdf", PDF)))
                .andReturn().getResponse().getContentAsString(), "heldFiles");

        Cookie other = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        String number = docNumber();
        var response = mvc.perform(circular("/admin/circulars/new", other, number).param("action", "save")
                .param("heldFiles", foreign.toString())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("不是您上传的").doesNotContain("内部材料.pdf");
        assertThat(jdbc.sql("SELECT count(*) FROM circular WHERE doc_number = :n").param("n", number)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM circular_attachment WHERE file_id = :f").param("f", foreign)
                .query(Long.class).single()).isZero();
    }

    @Test
    void someoneElsesFileIsRefusedByTheServiceItself() {
        UUID adminsFile = fixtures.asAdmin(() -> uploads.hold(
                java.util.List.of(new MockMultipartFile("files", "管理员的.pdf", "application/pdf", PDF)),
                null, null, FilePolicy.DOCUMENTS, "attachments").ids().get(0));
        Actor staff = new Actor(fixtures.account(Role.STAFF), Role.STAFF, null, null, null);
        assertThatThrownBy(() -> Fixtures.as(staff, () -> drafts.create(new CircularDraft(docNumber(), "偷用附件",
                Urgency.NORMAL, "<p>正文</p>", Targets.allMembers(), null, null),
                java.util.List.of(Upload.held(new StoredFile(adminsFile, "管理员的.pdf", "application/pdf", PDF.length, null))))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("file.error.notYours"));
    }

    @Test
    void aBadDateOnANewArticleKeepsTheCoverAndAttachments() throws Exception {
        Cookie editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
        long column = jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
        String title = "封面保留-" + (++sequence) + "-" + System.nanoTime();
        String page = mvc.perform(article(editor, column, title).param("publishAt", "2026-13-45T99:99")
                        .file(new MockMultipartFile("cover", "封面.png", "image/png", PNG))
                        .file(new MockMultipartFile("files", "材料.pdf", "application/pdf", PDF)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("封面.png").contains("材料.pdf");
        UUID cover = held(page, "heldCover");
        UUID file = held(page, "heldFiles");

        mvc.perform(article(editor, column, title).param("heldCover", cover.toString()).param("heldFiles", file.toString()))
                .andReturn();
        long id = jdbc.sql("SELECT id FROM article WHERE title = :t").param("t", title).query(Long.class).single();
        assertThat(jdbc.sql("SELECT cover_file_id FROM article WHERE id = :id").param("id", id).query(UUID.class).single())
                .isEqualTo(cover);
        assertThat(jdbc.sql("SELECT file_id FROM article_attachment WHERE article_id = :id").param("id", id)
                .query(UUID.class).list()).containsExactly(file);
    }

    @Test
    void aReportWithoutATitleKeepsItsAttachment() throws Exception {
        long person = fixtures.person("附件保留");
        fixtures.appoint("510100", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        Cookie city = Sessions.login(mvc, fixtures.account(Role.LIAISON, "510100", null, person), Fixtures.PASSWORD);
        String page = mvc.perform(multipart("/admin/submissions").cookie(city).with(csrf())
                        .file(new MockMultipartFile("attachments", "报送材料.pdf", "application/pdf", PDF))
                        .param("title", " ").param("kind", "CITY_NEWS").param("bodyHtml", "<p>正文</p>"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写标题。").contains("报送材料.pdf");
        held(page, "heldFiles");
    }

    @Test
    void aFileOverItsPolicyIsNamedOnTheFormAndTheOthersAreKept() throws Exception {
        Cookie staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        byte[] big = new byte[(int) FilePolicy.DOCUMENTS.maxBytes() + 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var response = mvc.perform(circular("/admin/circulars/new", staff, docNumber()).param("action", "save")
                        .file(new MockMultipartFile("files", "大文件.pdf", "application/pdf", big))
                        .file(new MockMultipartFile("files", "议程.pdf", "application/pdf", PDF)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("文件“大文件.pdf”超过 20 MB 的上限").contains("每个文件不超过 20 MB");
        held(page, "heldFiles");
    }

    private MockMultipartHttpServletRequestBuilder circular(String url, Cookie session, String number) {
        return multipart(url).cookie(session).with(csrf()).param("docNumber", number).param("title", "保留附件")
                .param("bodyHtml", "<p>正文</p>").param("targetMode", "ALL_MEMBERS");
    }

    private MockMultipartHttpServletRequestBuilder article(Cookie session, long column, String title) {
        return multipart("/admin/portal/articles/new").cookie(session).with(csrf()).param("columnId", String.valueOf(column))
                .param("title", title).param("bodyHtml", "<p>正文</p>").param("coverAlt", "会场外景");
    }

    private static UUID held(String page, String name) {
        Matcher matcher = HELD.matcher(page);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return UUID.fromString(matcher.group(2));
            }
        }
        throw new AssertionError("no held " + name + " on the page");
    }

    private static String docNumber() {
        return "保留〔2026〕" + (100000 + ++sequence) + "号";
    }
}
