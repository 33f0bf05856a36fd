package org.citybridge.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.files.FileDownloads;
import org.citybridge.files.FileStore;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.domain.ArticlePage;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.ColumnTree;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.citybridge.platform.PublicLayout;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/** The public site: home, column pages, article pages (and their print view) and article attachments. Live articles only. */
@Controller
@PublicLayout
class PublicSiteController {

    static final int HOME_ITEMS = 8;
    static final int PICTURE_NEWS = 5;
    static final int COLUMN_PAGE_SIZE = 20;

    private final PortalQueries queries;
    private final PublicDataCache data;
    private final ArticleHits hits;
    private final ArticleViews views;
    private final ArticlePageModel articlePage;
    private final PortalMedia media;
    private final FileStore files;
    private final FileDownloads downloads;
    private final CityBridgeProperties properties;
    private final MessageSource messages;

    PublicSiteController(PortalQueries queries, PublicDataCache data, ArticleHits hits, ArticleViews views,
                         ArticlePageModel articlePage, PortalMedia media, FileStore files, FileDownloads downloads,
                         CityBridgeProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
        this.queries = queries;
        this.data = data;
        this.hits = hits;
        this.views = views;
        this.articlePage = articlePage;
        this.media = media;
        this.files = files;
        this.downloads = downloads;
    }

    @GetMapping("/")
    String home(Model model) {
        Map<ColumnNode, List<ArticleRow>> sections = new LinkedHashMap<>();
        for (ColumnNode column : data.columns().visibleTop()) {
            sections.put(column, queries.latestLive(column.id(), HOME_ITEMS));
        }
        model.addAttribute("sections", sections);
        model.addAttribute("pictureNews", queries.latestLiveWithCover(PICTURE_NEWS));
        return "portal/home";
    }

    /** The site map for readers (网站地图): every visible column as a tree, and the site's main pages. */
    @GetMapping("/sitemap.html")
    String siteMap(Model model) {
        model.addAttribute("branches", data.columns().visibleBranches());
        return "portal/sitemap";
    }

    @GetMapping("/column/{slug}")
    String column(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
                  @RequestParam(name = Pager.JUMP, required = false) String jump, HttpServletRequest request, Model model) {
        ColumnTree tree = data.columns();
        if (tree.bySlug(slug).isEmpty()) {
            ColumnNode renamed = queries.columnFormerlyNamed(slug).filter(ColumnNode::visible)
                    .orElseThrow(() -> new NotFoundException("column.error.unknown", slug));
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:/column/" + renamed.slug() + (page == 1 ? "" : "?page=" + page);
        }
        ColumnNode column = tree.bySlug(slug).filter(ColumnNode::visible)
                .orElseThrow(() -> new NotFoundException("column.error.unknown", slug));
        String path = "/column/" + column.slug();
        if (jump != null) {
            int pages = queries.liveArticles(column.id(), null, 0, COLUMN_PAGE_SIZE).pages();
            return "redirect:" + new Pager(path, Map.of(), 1, pages, 0).href(Pager.jumpTarget(jump, pages));
        }
        PageOf<ArticleRow> result = queries.liveArticles(column.id(), null, PublicPaging.index(page), COLUMN_PAGE_SIZE);
        PublicPaging.requireWithin(page, result.pages());
        List<ColumnNode> trail = tree.trail(column.id());
        model.addAttribute("column", column);
        model.addAttribute("pageNumber", page);
        model.addAttribute("trail", trail);
        model.addAttribute("children", tree.visibleChildren(column.id()));
        model.addAttribute("result", result);
        model.addAttribute("covers", queries.covers(result.items().stream().map(ArticleRow::id).toList()));
        PageTexts texts = new PageTexts(messages, LocaleContextHolder.getLocale());
        model.addAttribute("pagerHtml", PagerHtml.of(new Pager(path, Map.of(), page, result.pages(), result.total()),
                texts.get("portal.pages"), texts, request.getContextPath()));
        model.addAttribute("pageMeta", PageMeta.ofColumn(trail, column.description(), properties.link(path)));
        model.addAttribute("feedSlug", column.slug());
        model.addAttribute("feedTitle", column.path());
        return "portal/column";
    }

    /**
     * The article page; {@link ArticleViews} counts the view. Where {@link ArticlePageFilter} asks for it, the page holds
     * its mark instead of the count.
     */
    @GetMapping("/article/{id}.html")
    String article(@PathVariable long id, @RequestParam(required = false) String print,
                   @RequestAttribute(name = ArticlePageFilter.HITS_MARK_ATTRIBUTE, required = false) String hitsMark,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        ArticlePage page;
        try {
            page = data.livePage(id);
        } catch (NotFoundException notLive) {
            if (!queries.wasDeleted(id)) {
                throw notLive;
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "portal/gone";
        }
        views.count(id, request);
        Object shownHits = hitsMark != null ? hitsMark : hits.hits(id);
        return articlePage.show(page, ArticlePageModel.isPrintView(print), false, shownHits, model);
    }

    @GetMapping("/article/{id}/print")
    String print(@PathVariable long id, Model model) {
        return articlePage.show(data.page(queries.liveArticle(id)), true, false, hits.hits(id), model);
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
}
