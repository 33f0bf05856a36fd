package org.citybridge.directory.web;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkAction;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of the city list: one page of the filtered cities, the filter's choices and the bulk actions' form. */
@Component
class CityListPage {

    static final int PAGE_SIZE = 50;
    static final String VIEW = "directory/cities";

    private final CityDirectory directory;

    CityListPage(CityDirectory directory) {
        this.directory = directory;
    }

    String show(CityFilter filter, int page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", directory.search(filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("coverage", directory.coverage());
        model.addAttribute("provinces", directory.provinces());
        model.addAttribute("tags", directory.tags());
        model.addAttribute("levels", CityLevel.values());
        model.addAttribute("memberships", Membership.values());
        model.addAttribute("bulkActions", new BulkAction[]{BulkAction.SET_MEMBERSHIP, BulkAction.ADD_TAG, BulkAction.REMOVE_TAG});
        if (!model.containsAttribute("bulkForm")) {
            model.addAttribute("bulkForm", BulkForm.empty());
        }
        return VIEW;
    }
}
