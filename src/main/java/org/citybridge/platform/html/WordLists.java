package org.citybridge.platform.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Word and WPS write a list as paragraphs styled {@code mso-list:l0 level2 lfo1}, each starting with its marker
 * ("1.", "一、", a Wingdings bullet) between {@code <![if !supportLists]>} and {@code <![endif]>} or in a span styled
 * {@code mso-list:Ignore}. Such paragraphs become nested {@code <ul>}/{@code <ol>} items without the marker, so the
 * list survives the allow-list (which drops every style). The editor does the same on paste; this is for HTML that
 * reaches the server straight from Word.
 */
final class WordLists {

    private static final Pattern LIST_ITEM = Pattern.compile("mso-list:\\s*(l\\d+)\\s+level(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IGNORED_MARKER = Pattern.compile("mso-list:\\s*ignore", Pattern.CASE_INSENSITIVE);
    /** "1." "a)" "iv." "一、" "（一）" "(2)" "3" number a list; "·" "§" and Wingdings' "l" "n" "Ø" are bullets. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^([(（][0-9a-z一二三四五六七八九十]+[)）]|([0-9]+|[a-z]|[ivxlc]+|[一二三四五六七八九十]+)[.．、)）]|[0-9]+)$",
            Pattern.CASE_INSENSITIVE);

    private WordLists() {
    }

    static boolean mayHoldLists(String html) {
        return html.contains("mso-list");
    }

    /** The body of Word's HTML with its list paragraphs as lists; the rest as it was. */
    static String asLists(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        List<Element> stack = new ArrayList<>();
        Element lastList = null;
        for (Element paragraph : document.body().select("p, h1, h2, h3, h4, h5, h6")) {
            Matcher item = LIST_ITEM.matcher(paragraph.attr("style"));
            if (!item.find()) {
                continue;
            }
            if (lastList == null || paragraph.previousElementSibling() != lastList) {
                stack.clear();
            }
            int level = Integer.parseInt(item.group(2));
            String tag = NUMBERED.matcher(marker(paragraph)).matches() ? "ol" : "ul";
            while (stack.size() > level) {
                stack.remove(stack.size() - 1);
            }
            while (stack.size() < level) {
                Element list = document.createElement(tag);
                if (stack.isEmpty()) {
                    paragraph.before(list);
                } else {
                    Element parent = stack.get(stack.size() - 1);
                    Element parentItem = parent.lastElementChild();
                    (parentItem != null ? parentItem : parent).appendChild(list);
                }
                stack.add(list);
            }
            Element listItem = stack.get(stack.size() - 1).appendElement("li");
            listItem.insertChildren(0, new ArrayList<>(paragraph.childNodes()));
            paragraph.remove();
            lastList = stack.get(0);
        }
        return document.body().html();
    }

    /** Takes the marker out of a list paragraph and answers its text without spaces. */
    private static String marker(Element paragraph) {
        StringBuilder marker = new StringBuilder();
        boolean inside = false;
        for (Node node : new ArrayList<>(paragraph.childNodes())) {
            if (node instanceof Comment comment && comment.getData().contains("if !supportLists")) {
                inside = true;
                node.remove();
            } else if (node instanceof Comment comment && inside && comment.getData().contains("endif")) {
                inside = false;
                node.remove();
            } else if (inside) {
                marker.append(node instanceof Element element ? element.text() : node.outerHtml());
                node.remove();
            }
        }
        for (Element span : paragraph.select("[style]")) {
            if (IGNORED_MARKER.matcher(span.attr("style")).find()) {
                marker.append(span.text());
                span.remove();
            }
        }
        return marker.toString().replaceAll("[\\s\\u00a0]+", "");
    }
}
