package org.citybridge.portal.web;

import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.Dates;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticlePage;
import org.citybridge.portal.domain.CurrentSiteSettings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the article page ({@code portal/article}) for the public site, its print view and the back
 * office's preview: the article, its neighbours, the hit count shown, and the page's meta data.
 */
@Component
class ArticlePageModel {

    static final String VIEW = "portal/article";
    static final int DESCRIPTION_LENGTH = 120;

    private final Dates dates;
    private final CityBridgeProperties properties;
    private final CurrentSiteSettings site;

    ArticlePageModel(Dates dates, CityBridgeProperties properties, CurrentSiteSettings site) {
        this.dates = dates;
        this.properties = properties;
        this.site = site;
    }

    /**
     * @param shownHits the count to show, or the mark {@link ArticlePageFilter} writes the count over when serving
     * @return the view's name
     */
    String show(ArticlePage page, boolean printView, boolean preview, Object shownHits, Model model) {
        ArticleDetails article = page.article();
        model.addAttribute("article", article);
        model.addAttribute("hits", shownHits);
        model.addAttribute("printView", printView);
        model.addAttribute("preview", preview);
        model.addAttribute("neighbours", page.neighbours());
        String description = description(article.summary(), article.bodyHtml());
        String url = properties.link("/article/" + article.id() + ".html");
        model.addAttribute("canonicalUrl", url);
        model.addAttribute("pageMeta", PageMeta.ofColumn(article.trail(), null, url).withArticle(article.title(),
                article.publishAt() == null ? null : dates.format(article.publishAt()), article.source(), article.keywords(), article.author(),
                description.isEmpty() ? null : description,
                article.coverFileId() == null ? null : properties.link("/media/" + article.coverFileId())));
        if (!model.containsAttribute("site")) {
            model.addAttribute("site", site.get());
        }
        return VIEW;
    }

    /** Whether the {@code print} parameter asks for the print view. */
    static boolean isPrintView(String print) {
        return "1".equals(print);
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
