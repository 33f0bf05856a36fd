package org.citybridge.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.PortalQueries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every public page's layout needs: the top columns for the navigation and the reader's font size and contrast. */
@ControllerAdvice(assignableTypes = {PublicSiteController.class, ArticleAdminController.class})
class PublicSiteAdvice {

    private final PortalQueries queries;
    private final PublicPageCache cache;

    PublicSiteAdvice(PortalQueries queries, PublicPageCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    @ModelAttribute("navColumns")
    List<ColumnNode> navColumns() {
        return cache.columns(queries::columnTree).visibleTop();
    }

    @ModelAttribute("prefs")
    SitePreferences preferences(HttpServletRequest request, HttpServletResponse response) {
        return SitePreferences.of(request, response);
    }
}
