package org.citybridge.circulars;

/** A person a city sends, as given in a delegates answer. */
public record Delegate(String name, String post, String phone) {

    public boolean isBlank() {
        return blank(name) && blank(post) && blank(phone);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
