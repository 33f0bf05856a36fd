package org.citybridge.portal.web;

import org.springframework.web.util.HtmlUtils;

/**
 * Markup written by hand ({@link PagerHtml}, {@link SearchPageHtml}): the markup as given, every text and attribute
 * value escaped, and {@code html} for what is already markup and known safe.
 */
final class HtmlOut {

    private final StringBuilder out;

    HtmlOut(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Markup as it is written in the code: tags and attribute names, never what a reader or an editor typed. */
    HtmlOut tag(String markup) {
        out.append(markup);
        return this;
    }

    /** A text or an attribute's value, escaped; nothing for null. */
    HtmlOut text(Object value) {
        if (value != null) {
            out.append(HtmlUtils.htmlEscape(value.toString(), "UTF-8"));
        }
        return this;
    }

    /** Markup made safe before (the search's titles and snippets, escaped but for their marks). */
    HtmlOut html(String safe) {
        out.append(safe);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
