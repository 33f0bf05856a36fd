package org.citybridge.platform;

/** {@code LIKE} patterns from what a user typed: their {@code %}, {@code _} and {@code \} match only themselves. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches any text containing {@code text}; for {@code LIKE}/{@code ILIKE} with PostgreSQL's escape, {@code \}. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
