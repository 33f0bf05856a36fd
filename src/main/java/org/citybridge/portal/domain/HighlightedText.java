package org.citybridge.portal.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the highlighter's output into safe HTML, the one place where search titles and snippets become markup (page
 * and API alike). The highlighter marks matches with two private-use characters and encodes nothing (its fallback for a
 * field without a match would not be encoded anyway); here the whole text is escaped first, and only then do the
 * paired marks become {@code <em>}. Stray marks a writer may have typed are dropped.
 */
final class HighlightedText {

    static final String START = "\uE000";
    static final String END = "\uE001";
    private static final Pattern MARKED = Pattern.compile(START + "([^" + START + END + "]*)" + END);

    private HighlightedText() {
    }

    /** Escaped HTML of the marked text with each matched run as {@code <em>…</em>}. */
    static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        // adjacent marks from overlapping pairs of characters (深圳|圳市) become one: <em>深圳市</em>
        String escaped = HtmlUtils.htmlEscape(marked.replace(END + START, ""), "UTF-8");
        Matcher matcher = MARKED.matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(html, "");
            html.append("<em>").append(matcher.group(1)).append("</em>");
        }
        matcher.appendTail(html);
        return html.toString().replace(START, "").replace(END, "");
    }
}
