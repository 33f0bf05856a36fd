package org.citybridge.directory.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citybridge.directory.CityDirectory;
import org.citybridge.shared.Actors;
import org.citybridge.shared.QuickSearchHit;
import org.citybridge.shared.QuickSearchPart;
import org.springframework.stereotype.Component;

/** People by name or mobile, within what the user may see of the roster. */
@Component
class PersonQuickSearch implements QuickSearchPart {

    private final CityDirectory directory;

    PersonQuickSearch(CityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String kindKey() {
        return "search.quick.people";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<QuickSearchHit> find(String text, int limit) {
        if (!Actors.currentOrSystem().followsCities()) {
            return List.of();
        }
        return directory.findPeople(text, limit).stream()
                .map(person -> new QuickSearchHit(person.name(), Stream.of(person.unit(), person.mobile())
                        .filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(" · ")),
                        "/admin/people/" + person.id()))
                .toList();
    }
}
