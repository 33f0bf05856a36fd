package org.citybridge.platform.html;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list every rich text passes on save: formatting, lists, tables, links and figures; no script, style,
 * frames, event handlers or foreign URLs. Images may only come from the application's own file storage; a picture
 * without such a source (pasted from another site) is dropped rather than kept broken. A {@code <div>} line, as
 * browsers make for Enter and pastes carry, becomes a {@code <p>} so its line break survives. Word and WPS list
 * paragraphs become lists ({@link WordLists}); their styles, classes and {@code <o:p>} go like any other.
 */
public final class RichText {

    private static final Pattern OWN_FILE = Pattern.compile("^/(files|media)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.[a-z]{3,4})?$");
    private static final Pattern LINK = Pattern.compile("^(https?://|mailto:|/(?!/))[^\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_COUNT = Pattern.compile("^[1-9][0-9]?$");

    private static final Pattern DIV = Pattern.compile("<div[\\s/>]", Pattern.CASE_INSENSITIVE);

    private static final PolicyFactory POLICY = allowList().toFactory();
    /** A first pass for HTML with {@code <div>} lines; the allow-list's second pass then mends the nesting. */
    private static final PolicyFactory DIVS_AS_PARAGRAPHS = allowList().allowElements((name, attributes) -> "p", "div").toFactory();

    private RichText() {
    }

    private static HtmlPolicyBuilder allowList() {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol",
                        "li", "blockquote", "hr", "table", "caption", "thead", "tbody", "tr", "th", "td", "a",
                        "figure", "figcaption", "span")
                // the page has its own h1: a pasted Word heading 1 is the body's top level, 5 and 6 its lowest
                .allowElements((name, attributes) -> "h2", "h1")
                .allowElements((name, attributes) -> "h4", "h5", "h6")
                .allowElements((name, attributes) -> hasSource(attributes) ? name : null, "img")
                .allowAttributes("href").matching(LINK).onElements("a")
                .allowAttributes("title").onElements("a", "img")
                .allowAttributes("src").matching(OWN_FILE).onElements("img")
                .allowAttributes("alt", "width", "height").onElements("img")
                .allowAttributes("colspan", "rowspan").matching(SPAN_COUNT).onElements("td", "th")
                .allowStandardUrlProtocols()
                .requireRelNofollowOnLinks()
                .disallowElements("script", "style", "iframe", "object", "embed", "svg", "math", "form", "input");
    }

    /** Whether an element's remaining attributes (name, value, name, value, …) still hold a {@code src}. */
    private static boolean hasSource(List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if ("src".equals(attributes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The safe form of user-written HTML; what is not allowed is dropped, text is kept. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String source = WordLists.mayHoldLists(html) ? WordLists.asLists(html) : html;
        if (DIV.matcher(source).find()) {
            return POLICY.sanitize(DIVS_AS_PARAGRAPHS.sanitize(source)).replace("<p></p>", "").strip();
        }
        return POLICY.sanitize(source).strip();
    }

    /** The text of sanitized HTML without tags, for summaries, mail and search. */
    public static String plainText(String html) {
        String safe = sanitize(html);
        String text = safe.replaceAll("(?i)<br\\s*/?>|</(p|li|h[2-4]|tr|blockquote|figcaption)>", "\n").replaceAll("<[^>]+>", "");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(text).replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n").strip();
    }
}
