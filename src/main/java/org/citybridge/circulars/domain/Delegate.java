package org.citybridge.circulars.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A person a city sends, as given in a delegates answer. */
public record Delegate(String name, String post, String phone) {

    /** Nothing was filled in; a helper, not part of the stored or answered delegate. */
    @JsonIgnore
    public boolean isBlank() {
        return blank(name) && blank(post) && blank(phone);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
