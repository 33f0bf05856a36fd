package org.citybridge.portal.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.CurrentSiteSettings;
import org.citybridge.portal.domain.SiteSettings;
import org.citybridge.platform.PublicLayout;
import org.citybridge.portal.domain.PublicDataCache;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the public layout needs on every page that uses it (the site's pages, search, sign-in, error pages): the site's
 * settings, the top columns for the navigation and the reader's font size and contrast. It applies only to the controllers marked
 * {@link PublicLayout} and to the error pages, so the back office and the APIs never read the reader's settings nor
 * set their cookies; the columns are read only when a page actually shows them.
 */
@ControllerAdvice(annotations = PublicLayout.class, assignableTypes = ErrorController.class)
class PublicSiteAdvice {

    private final PublicDataCache cache;
    private final CurrentSiteSettings site;

    PublicSiteAdvice(PublicDataCache cache, CurrentSiteSettings site) {
        this.cache = cache;
        this.site = site;
    }

    /** The site's name, filing numbers, sponsor and contact, for the page metadata and the footer; kept in memory. */
    @ModelAttribute("site")
    SiteSettings site() {
        return site.get();
    }

    @ModelAttribute("navigation")
    Navigation navigation() {
        return new Navigation(() -> cache.columns().visibleTop());
    }

    @ModelAttribute("prefs")
    SitePreferences preferences(HttpServletRequest request, HttpServletResponse response) {
        return SitePreferences.of(request, response);
    }

    /** The visible top columns, read on first use. */
    static final class Navigation {

        private final Supplier<List<ColumnNode>> load;
        private List<ColumnNode> columns;

        Navigation(Supplier<List<ColumnNode>> load) {
            this.load = load;
        }

        public List<ColumnNode> columns() {
            if (columns == null) {
                columns = load.get();
            }
            return columns;
        }
    }
}
