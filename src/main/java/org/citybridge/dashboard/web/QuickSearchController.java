package org.citybridge.dashboard.web;

import java.util.List;

import org.citybridge.shared.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quick search of the top bar, for the secretariat and province coordinators: a page with up to 20 things of each
 * kind, and the suggestions under the search box (up to 5 of each kind) as a fragment.
 */
@Controller
class QuickSearchController {

    private static final int PAGE_PER_KIND = 20;
    private static final int SUGGESTIONS_PER_KIND = 5;

    private final QuickSearch search;

    QuickSearchController(QuickSearch search) {
        this.search = search;
    }

    @GetMapping("/admin/search")
    String page(@RequestParam(defaultValue = "") String q, Model model) {
        return show(q, PAGE_PER_KIND, model, "admin/search");
    }

    @GetMapping("/admin/search/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, Model model) {
        return show(q, SUGGESTIONS_PER_KIND, model, "admin/search :: suggestions");
    }

    private String show(String typed, int perKind, Model model, String view) {
        Actors.requireFollowingCities();
        String text = QuickSearch.normalize(typed);
        List<QuickSearch.Found> found = search.find(text, perKind);
        model.addAttribute("q", text);
        model.addAttribute("found", found);
        model.addAttribute("count", found.stream().mapToInt(kind -> kind.hits().size()).sum());
        return view;
    }
}
