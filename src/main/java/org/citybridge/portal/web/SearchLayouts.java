package org.citybridge.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.citybridge.portal.domain.Kept;
import org.citybridge.portal.domain.MaxAge;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public layout around a search page (header, navigation, footer), which is the same for every search: rendered
 * once per reader option set (font size, contrast, language) and kept for as long as the public pages are ({@code
 * citybridge.portal.page-cache-ttl}; one search renders it again while the others use it a moment longer, {@link
 * Kept}), and until the site changes ({@link PublicPageCache#changes}). A search then renders only its title and its
 * results into it ({@link FreshSearchPages}).
 */
@Component
class SearchLayouts {

    static final String TEMPLATE = "portal/search-layout";
    /** What the layout's template shows where the page's title and results go. */
    static final String TITLE_MARK = "\u2063title\u2063";
    static final String CONTENT_MARK = "\u2063content\u2063";

    private final PublicPageCache cache;
    private final MaxAge maxAge;
    private final Map<Options, Kept<Layout>> layouts = new ConcurrentHashMap<>();

    SearchLayouts(PublicPageCache cache, Clock clock, @Value("${citybridge.portal.page-cache-ttl:1s}") Duration ttl) {
        this.cache = cache;
        this.maxAge = new MaxAge(clock, ttl);
    }

    /**
     * The layout for a reader with these options, rendered by {@code render} (given the marks the template is to
     * show) when none is kept or the one kept is too old.
     */
    Layout layout(Options options, Function<Map<String, Object>, String> render) {
        return layouts.computeIfAbsent(options, any -> new Kept<>(maxAge, cache::changes))
                .get(() -> Layout.of(render.apply(Map.of("titleMark", TITLE_MARK, "contentMark", CONTENT_MARK))));
    }

    /** A reader's options as the page's key says them. */
    record Options(String fontSize, String contrast, String language) {
    }

    /** The layout cut where the page's title element and its results element go. */
    record Layout(String beforeTitle, String beforeContent, String afterContent) {

        private static final String TITLE = "<title>" + TITLE_MARK + "</title>";
        private static final String CONTENT = "<div id=\"content\">" + CONTENT_MARK + "</div>";

        static Layout of(String page) {
            int title = page.indexOf(TITLE);
            int content = page.indexOf(CONTENT, title);
            if (title < 0 || content < 0) {
                throw new IllegalStateException(TEMPLATE + " rendered no marks for the title and the results");
            }
            return new Layout(page.substring(0, title), page.substring(title + TITLE.length(), content),
                    page.substring(content + CONTENT.length()));
        }

        /** The whole page, given its title element and its results element. */
        String around(String title, String content) {
            return beforeTitle + title + beforeContent + content + afterContent;
        }
    }
}
