package org.citybridge.directory.web;

import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.shared.Actors;
import org.citybridge.shared.QuickSearchHit;
import org.citybridge.shared.QuickSearchPart;
import org.springframework.stereotype.Component;

/** Cities by name or code (or their liaison's name), as the city list finds them for the user. */
@Component
class CityQuickSearch implements QuickSearchPart {

    private final CityDirectory directory;

    CityQuickSearch(CityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String kindKey() {
        return "search.quick.cities";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<QuickSearchHit> find(String text, int limit) {
        if (!Actors.currentOrSystem().followsCities()) {
            return List.of();
        }
        return directory.search(new CityFilter(null, null, null, null, text, false), 0, limit).items().stream()
                .map(city -> new QuickSearchHit(city.name(), city.province() + " · " + city.code(), "/admin/cities/" + city.code()))
                .toList();
    }
}
