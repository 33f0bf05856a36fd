package org.citybridge.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.citybridge.platform.Dates;
import org.citybridge.platform.files.FileDownloads;
import org.citybridge.platform.files.FileStore;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.ColumnTree;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.citybridge.platform.PublicLayout;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/** The public site: home, column pages, article pages (and their print view) and article attachments. Live articles only. */
@Controller
@PublicLayout
class PublicSiteController {

    static final int HOME_ITEMS = 8;
    static final int COLUMN_PAGE_SIZE = 20;
    static final int DESCRIPTION_LENGTH = 120;

    private final PortalQueries queries;
    private final ArticleHits hits;
    private final PortalMedia media;
    private final FileStore files;
    private final FileDownloads downloads;
    private final Dates dates;
    private final PublicPageCache cache;

    PublicSiteController(PortalQueries queries, ArticleHits hits, PortalMedia media, FileStore files, FileDownloads downloads,
                         Dates dates, PublicPageCache cache) {
        this.queries = queries;
        this.cache = cache;
        this.hits = hits;
        this.media = media;
        this.files = files;
        this.downloads = downloads;
        this.dates = dates;
    }

    @GetMapping("/")
    String home(Model model) {
        Map<ColumnNode, List<ArticleRow>> sections = new LinkedHashMap<>();
        for (ColumnNode column : cache.columns(queries::columnTree).visibleTop()) {
            sections.put(column, queries.latestLive(column.id(), HOME_ITEMS));
        }
        model.addAttribute("sections", sections);
        return "portal/home";
    }

    @GetMapping("/column/{slug}")
    String column(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
                  Model model) {
        ColumnTree tree = cache.columns(queries::columnTree);
        if (tree.bySlug(slug).isEmpty()) {
            ColumnNode renamed = queries.columnFormerlyNamed(slug).filter(ColumnNode::visible)
                    .orElseThrow(() -> new NotFoundException("column.error.unknown", slug));
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:/column/" + renamed.slug() + (page == 1 ? "" : "?page=" + page);
        }
        ColumnNode column = tree.bySlug(slug).filter(ColumnNode::visible)
                .orElseThrow(() -> new NotFoundException("column.error.unknown", slug));
        PageOf<ArticleRow> result = queries.liveArticles(column.id(), null, PublicPaging.index(page), COLUMN_PAGE_SIZE);
        PublicPaging.requireWithin(page, result.pages());
        model.addAttribute("column", column);
        model.addAttribute("pageNumber", page);
        model.addAttribute("trail", tree.trail(column.id()));
        model.addAttribute("children", tree.visibleChildren(column.id()));
        model.addAttribute("result", result);
        model.addAttribute("pageMeta", new PageMeta(column.name(), null, null, null, null, column.description()));
        model.addAttribute("feedSlug", column.slug());
        model.addAttribute("feedTitle", column.path());
        return "portal/column";
    }

    /**
     * The article page; every GET by a reader (not a bot) counts one view, a HEAD none. Where {@link ArticlePageFilter} asks for
     * it, the page holds its mark instead of the count.
     */
    @GetMapping("/article/{id}.html")
    String article(@PathVariable long id, @RequestParam(required = false) String print,
                   @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String userAgent,
                   @RequestAttribute(name = ArticlePageFilter.HITS_MARK_ATTRIBUTE, required = false) String hitsMark,
                   HttpMethod method, Model model) {
        PublicPageCache.ArticlePage page = cache.article(id, this::livePage);
        boolean printView = "1".equals(print);
        if (!printView && method == HttpMethod.GET && !BotDetector.isBot(userAgent)) {
            hits.record(id);
        }
        Object shownHits = hitsMark != null ? hitsMark : hits.hits(id);
        return show(page.article(), page.neighbours(), printView, false, shownHits, model);
    }

    @GetMapping("/article/{id}/print")
    String print(@PathVariable long id, Model model) {
        return show(queries.liveArticle(id), true, false, model);
    }

    String show(ArticleDetails article, boolean printView, boolean preview, Model model) {
        return show(article, neighbours(article), printView, preview, hits.hits(article.id()), model);
    }

    private PublicPageCache.ArticlePage livePage(long id) {
        ArticleDetails article = queries.liveArticle(id);
        return new PublicPageCache.ArticlePage(article, neighbours(article));
    }

    private List<ArticleRow> neighbours(ArticleDetails article) {
        return article.publishAt() == null ? java.util.Arrays.asList(null, null) : queries.neighbours(article);
    }

    private String show(ArticleDetails article, List<ArticleRow> neighbours, boolean printView, boolean preview, Object shownHits,
                        Model model) {
        model.addAttribute("article", article);
        model.addAttribute("hits", shownHits);
        model.addAttribute("printView", printView);
        model.addAttribute("preview", preview);
        model.addAttribute("neighbours", neighbours);
        String description = description(article.summary(), article.bodyHtml());
        model.addAttribute("pageMeta", new PageMeta(article.column().name(), article.title(), dates.format(article.publishAt()),
                article.source(), article.keywords(), description));
        return "portal/article";
    }

    /** An attachment of a live article, always as a download. */
    @GetMapping("/articles/{id}/files/{fileId}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable UUID fileId) {
        queries.liveArticle(id);
        if (!media.isAttachment(id, fileId)) {
            throw new NotFoundException("file.error.unknown", fileId);
        }
        return downloads.serve(files.describe(fileId), true, true);
    }

    /** What an article is about, for its page's Description and its feed entry: the summary, or the body's start. */
    static String description(String summary, String bodyHtml) {
        return summary != null ? summary : abbreviate(RichText.plainText(bodyHtml), DESCRIPTION_LENGTH);
    }

    static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
