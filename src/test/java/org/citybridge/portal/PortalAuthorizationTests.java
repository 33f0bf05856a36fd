package org.citybridge.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.shared.Role;
import org.citybridge.support.AccessMatrix;
import org.citybridge.support.AccessMatrix.Case;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every portal endpoint against every role: the back office is the secretariat's and editors' only; the public site
 * and the API show live articles to everyone and nothing else (draft, pending, withdrawn, scheduled and expired → 404).
 */
@IntegrationTest
class PortalAuthorizationTests {

    private static final List<String> ROLES = List.of("ADMIN", "STAFF", "EDITOR", "LIAISON", "PROVINCE", AccessMatrix.ANONYMOUS);
    private static final int[] EDITORIAL_PAGE = {200, 200, 200, 403, 403, 302};
    private static final int[] EDITORIAL_ACTION = {302, 302, 302, 403, 403, 302};
    private static final int[] EVERYONE = {200, 200, 200, 200, 200, 200};
    private static final int[] NOBODY = {404, 404, 404, 404, 404, 404};
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    PortalMedia media;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private PortalWorld world;

    @BeforeEach
    void accounts() {
        world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        if (!USERS.isEmpty()) {
            return;
        }
        long person = fixtures.person("南宁联络员");
        fixtures.appoint("450100", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        USERS.put("ADMIN", fixtures.account(Role.ADMIN));
        USERS.put("STAFF", fixtures.account(Role.STAFF));
        USERS.put("EDITOR", fixtures.account(Role.EDITOR));
        USERS.put("LIAISON", fixtures.account(Role.LIAISON, "450100", null, person));
        USERS.put("PROVINCE", fixtures.account(Role.PROVINCE, null, "450000", null));
    }

    /**
     * Fresh data for each case, so that one role's change never decides another's answer: each made when the case's
     * request first asks for it (a case needs one or two of them, and making them all took most of this class's time).
     */
    final class Ids {

        private final Map<String, Object> made = new HashMap<>();

        long draft() {
            return once("draft", () -> world.draftWithPicture(PortalWorld.title("草稿"), draftPicture()));
        }

        long pending() {
            return once("pending", () -> world.pending(PortalWorld.title("待审")));
        }

        long live() {
            return once("live", () -> {
                long live = world.draftWithPicture(PortalWorld.title("公开"), livePicture());
                fixtures.asAdmin(() -> {
                    editing.publish(live);
                    return null;
                });
                return live;
            });
        }

        long withdrawn() {
            return once("withdrawn", () -> world.withdrawn(PortalWorld.title("撤回")));
        }

        long scheduled() {
            return once("scheduled", () -> world.scheduled(PortalWorld.title("定时")));
        }

        long expired() {
            return once("expired", () -> world.expired(PortalWorld.title("过期")));
        }

        UUID livePicture() {
            return once("livePicture", world::picture);
        }

        UUID draftPicture() {
            return once("draftPicture", world::picture);
        }

        UUID attachment() {
            return once("attachment", () -> world.attachmentOf(world.liveWithAttachment(PortalWorld.title("附件"))));
        }

        long column() {
            return once("column", () -> jdbc.sql("INSERT INTO portal_column (slug, name, position) VALUES (:slug, '临时栏目', 99) RETURNING id")
                    .param("slug", "tmp-" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single());
        }

        long version() {
            return once("version", () -> jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", draft())
                    .query(Long.class).single());
        }

        /** The value made for that name, made now if it is the first time it is asked for (making may ask for others). */
        @SuppressWarnings("unchecked")
        private <T> T once(String name, Supplier<T> make) {
            if (!made.containsKey(name)) {
                made.put(name, make.get());
            }
            return (T) made.get(name);
        }
    }

    private Ids fresh() {
        return new Ids();
    }

    private List<Case<Ids>> webCases() {
        return List.of(
                new Case<>("back office index", ids -> get("/admin/portal"), EDITORIAL_ACTION),
                new Case<>("article list", ids -> get("/admin/portal/articles").param("q", "草稿"), EDITORIAL_PAGE),
                new Case<>("new article form", ids -> get("/admin/portal/articles/new"), EDITORIAL_PAGE),
                new Case<>("create article", ids -> post("/admin/portal/articles/new").with(csrf())
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", "新文章")
                        .param("bodyHtml", "<p>正文</p>"), EDITORIAL_ACTION),
                new Case<>("edit form", ids -> get("/admin/portal/articles/" + ids.draft() + "/edit"), EDITORIAL_PAGE),
                new Case<>("save edit", ids -> post("/admin/portal/articles/" + ids.draft() + "/edit").with(csrf())
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", "改过的标题")
                        .param("bodyHtml", "<p>新正文</p>").param("version", String.valueOf(ids.version())), EDITORIAL_ACTION),
                new Case<>("submit", ids -> post("/admin/portal/articles/" + ids.draft() + "/submit").with(csrf()), EDITORIAL_ACTION),
                new Case<>("return", ids -> post("/admin/portal/articles/" + ids.pending() + "/return").with(csrf()), EDITORIAL_ACTION),
                new Case<>("publish", ids -> post("/admin/portal/articles/" + ids.pending() + "/publish").with(csrf()), EDITORIAL_ACTION),
                new Case<>("withdraw", ids -> post("/admin/portal/articles/" + ids.live() + "/withdraw").param("reason", "矩阵撤回").with(csrf()), EDITORIAL_ACTION),
                new Case<>("history", ids -> get("/admin/portal/articles/" + ids.live() + "/history"), EDITORIAL_PAGE),
                new Case<>("preview draft", ids -> get("/admin/portal/articles/" + ids.draft() + "/preview"), EDITORIAL_PAGE),
                new Case<>("preview the unsaved form", ids -> post("/admin/portal/articles/" + ids.live() + "/preview").with(csrf())
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", "未保存")
                        .param("bodyHtml", "<p>未保存的正文</p>"), EDITORIAL_PAGE),
                new Case<>("preview a new article's form", ids -> post("/admin/portal/articles/new/preview").with(csrf())
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", "新的")
                        .param("bodyHtml", "<p>新的正文</p>"), EDITORIAL_PAGE),
                new Case<>("save a live article's revision", ids -> post("/admin/portal/articles/" + ids.live() + "/edit").with(csrf())
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", "修订标题")
                        .param("bodyHtml", "<p>修订正文</p>").param("version", String.valueOf(version(ids.live()))), EDITORIAL_ACTION),
                new Case<>("discard confirmation", ids -> get("/admin/portal/articles/" + ids.live() + "/discard"), EDITORIAL_PAGE),
                new Case<>("discard a revision", ids -> post("/admin/portal/articles/" + ids.live() + "/discard").with(csrf()), EDITORIAL_ACTION),
                new Case<>("restore confirmation", ids -> get("/admin/portal/articles/" + ids.live() + "/history/" + firstRevision(ids.live())
                        + "/restore"), EDITORIAL_PAGE),
                new Case<>("restore", ids -> post("/admin/portal/articles/" + ids.live() + "/history/" + firstRevision(ids.live())
                        + "/restore").with(csrf()), EDITORIAL_ACTION),
                new Case<>("withdraw confirmation", ids -> get("/admin/portal/articles/" + ids.live() + "/withdraw"), EDITORIAL_PAGE),
                new Case<>("expired publish warning", ids -> get("/admin/portal/articles/" + ids.draft() + "/publish"), EDITORIAL_PAGE),
                new Case<>("delete a withdrawn article: confirmation", ids -> get("/admin/portal/articles/" + ids.withdrawn() + "/delete"), EDITORIAL_PAGE),
                new Case<>("delete a withdrawn article", ids -> post("/admin/portal/articles/" + ids.withdrawn() + "/delete").with(csrf()), EDITORIAL_ACTION),
                new Case<>("move confirmation", ids -> get("/admin/portal/articles/move").param("ids", String.valueOf(ids.draft()))
                        .param("target", String.valueOf(ids.column())), EDITORIAL_PAGE),
                new Case<>("move articles", ids -> post("/admin/portal/articles/move").with(csrf()).param("ids", String.valueOf(ids.draft()))
                        .param("target", String.valueOf(ids.column())), EDITORIAL_ACTION),
                new Case<>("article list by state", ids -> get("/admin/portal/articles").param("status", "SCHEDULED"), EDITORIAL_PAGE),
                new Case<>("columns", ids -> get("/admin/portal/columns"), EDITORIAL_PAGE),
                new Case<>("create column", ids -> post("/admin/portal/columns").with(csrf()).param("name", "新栏目")
                        .param("slug", "new-" + UUID.randomUUID().toString().substring(0, 8)).param("visible", "true"), EDITORIAL_ACTION),
                new Case<>("column form", ids -> get("/admin/portal/columns/" + ids.column() + "/edit"), EDITORIAL_PAGE),
                new Case<>("rename column", ids -> post("/admin/portal/columns/" + ids.column() + "/edit").with(csrf())
                        .param("name", "改名栏目").param("slug", "ren-" + UUID.randomUUID().toString().substring(0, 8)), EDITORIAL_ACTION),
                new Case<>("column up", ids -> post("/admin/portal/columns/" + ids.column() + "/up").with(csrf()), EDITORIAL_ACTION),
                new Case<>("column down", ids -> post("/admin/portal/columns/" + ids.column() + "/down").with(csrf()), EDITORIAL_ACTION),
                new Case<>("delete column", ids -> post("/admin/portal/columns/" + ids.column() + "/delete").with(csrf()), EDITORIAL_ACTION),
                new Case<>("upload picture", ids -> multipart("/admin/portal/media")
                        .file(new MockMultipartFile("file", "p.png", "image/png", PortalWorld.PNG)).with(csrf()), 200, 200, 200, 403, 403, 302),
                new Case<>("home", ids -> get("/"), EVERYONE),
                new Case<>("column page", ids -> get("/column/liaison-work"), EVERYONE),
                new Case<>("parent column page", ids -> get("/column/exchange"), EVERYONE),
                new Case<>("live article", ids -> get("/article/" + ids.live() + ".html"), EVERYONE),
                new Case<>("print view", ids -> get("/article/" + ids.live() + "/print"), EVERYONE),
                new Case<>("draft article", ids -> get("/article/" + ids.draft() + ".html"), NOBODY),
                new Case<>("pending article", ids -> get("/article/" + ids.pending() + ".html"), NOBODY),
                new Case<>("withdrawn article", ids -> get("/article/" + ids.withdrawn() + ".html"), NOBODY),
                new Case<>("scheduled article", ids -> get("/article/" + ids.scheduled() + ".html"), NOBODY),
                new Case<>("expired article", ids -> get("/article/" + ids.expired() + ".html"), NOBODY),
                new Case<>("draft print view", ids -> get("/article/" + ids.draft() + "/print"), NOBODY),
                new Case<>("attachment of a live article", ids -> get("/articles/" + liveOwner(ids) + "/files/" + ids.attachment()), EVERYONE),
                new Case<>("attachment under another article", ids -> get("/articles/" + ids.live() + "/files/" + ids.attachment()), NOBODY),
                new Case<>("picture of a live article", ids -> get("/media/" + ids.livePicture()), EVERYONE),
                new Case<>("picture of a draft", ids -> get("/media/" + ids.draftPicture()), 200, 200, 200, 404, 404, 404),
                new Case<>("unknown media", ids -> get("/media/" + UUID.randomUUID()), NOBODY),
                new Case<>("atom feed", ids -> get("/column/liaison-work/atom.xml"), EVERYONE),
                new Case<>("sitemap", ids -> get("/sitemap.xml"), EVERYONE),
                new Case<>("robots", ids -> get("/robots.txt"), EVERYONE));
    }

    private long version(long article) {
        return jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", article).query(Long.class).single();
    }

    private long firstRevision(long article) {
        return jdbc.sql("SELECT min(id) FROM article_revision WHERE article_id = :id").param("id", article).query(Long.class).single();
    }

    private long liveOwner(Ids ids) {
        return jdbc.sql("SELECT article_id FROM article_attachment WHERE file_id = :f").param("f", ids.attachment()).query(Long.class).single();
    }

    private List<Case<Ids>> apiCases() {
        return List.of(
                new Case<>("list", ids -> get("/api/v1/articles").param("column", "liaison-work"), EVERYONE),
                new Case<>("live", ids -> get("/api/v1/articles/" + ids.live()), EVERYONE),
                new Case<>("draft", ids -> get("/api/v1/articles/" + ids.draft()), NOBODY),
                new Case<>("pending", ids -> get("/api/v1/articles/" + ids.pending()), NOBODY),
                new Case<>("withdrawn", ids -> get("/api/v1/articles/" + ids.withdrawn()), NOBODY),
                new Case<>("scheduled", ids -> get("/api/v1/articles/" + ids.scheduled()), NOBODY),
                new Case<>("expired", ids -> get("/api/v1/articles/" + ids.expired()), NOBODY));
    }

    private AccessMatrix<Ids> matrix() {
        return new AccessMatrix<Ids>(mvc, ROLES, USERS).withFreshIds(this::fresh).neverShowing("正文草稿", "会场照片")
                .withProblemDetails().withWebCheck((role, response) -> {
                    if (response.getStatus() == 302 && role.equals(AccessMatrix.ANONYMOUS)) {
                        assertThat(response.getRedirectedUrl()).contains("/login");
                    }
                });
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
