package org.citybridge.evaluation.report;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.platform.html.RichText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Sanitized rich text read into the blocks a document is written of: headings, paragraphs, list items, tables and
 * quotations, each a line of styled spans; what the allow-list keeps and a page of paper cannot show (pictures, links'
 * addresses) becomes its text.
 */
final class RichBlocks {

    /** A piece of text with its emphasis; {@code "\n"} alone is a line break. */
    record Span(String text, boolean bold, boolean italic, boolean underline) {

        boolean lineBreak() {
            return "\n".equals(text);
        }
    }

    sealed interface Block permits Heading, Paragraph, ListItem, Table {
    }

    /** @param level 1 for the largest the rich text allows ({@code h2}), 2 and 3 below it */
    record Heading(int level, List<Span> spans) implements Block {
    }

    /** @param quoted a quotation, set off from the text */
    record Paragraph(List<Span> spans, boolean quoted) implements Block {
    }

    /** @param label "•" or the item's number with a dot; @param depth 0 for a list not inside another */
    record ListItem(String label, int depth, List<Span> spans) implements Block {
    }

    /** @param header whether the first row is a header ({@code th} cells or a {@code thead}) */
    record Table(List<List<List<Span>>> rows, boolean header) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    private RichBlocks() {
    }

    static List<Block> of(String html) {
        RichBlocks reader = new RichBlocks();
        reader.children(Jsoup.parseBodyFragment(RichText.sanitize(html)).body(), 0, false);
        return reader.blocks;
    }

    private void children(Element parent, int depth, boolean quoted) {
        List<Node> loose = new ArrayList<>();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element element && isBlock(element)) {
                flush(loose, quoted);
                block(element, depth, quoted);
            } else {
                loose.add(node);
            }
        }
        flush(loose, quoted);
    }

    private void flush(List<Node> loose, boolean quoted) {
        List<Span> spans = new ArrayList<>();
        loose.forEach(node -> inline(node, spans, false, false, false));
        loose.clear();
        if (hasText(spans)) {
            blocks.add(new Paragraph(spans, quoted));
        }
    }

    private void block(Element element, int depth, boolean quoted) {
        switch (element.normalName()) {
            case "h2", "h3", "h4" -> blocks.add(new Heading(element.normalName().charAt(1) - '1', spans(element)));
            case "ul", "ol" -> list(element, depth);
            case "table" -> table(element);
            case "blockquote" -> children(element, depth, true);
            case "figure" -> children(element, depth, quoted);
            case "hr" -> {
            }
            default -> {
                List<Span> spans = spans(element);
                if (hasText(spans)) {
                    blocks.add(new Paragraph(spans, quoted));
                }
            }
        }
    }

    private void list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        int number = 0;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            number++;
            List<Span> spans = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            for (Node node : item.childNodes()) {
                if (node instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    nested.add(e);
                } else {
                    inline(node, spans, false, false, false);
                }
            }
            blocks.add(new ListItem(ordered ? number + "." : "•", depth, spans));
            nested.forEach(n -> list(n, depth + 1));
        }
    }

    private void table(Element table) {
        List<List<List<Span>>> rows = new ArrayList<>();
        boolean header = false;
        for (Element row : table.select("tr")) {
            if (rows.isEmpty()) {
                header = row.parent() != null && row.parent().normalName().equals("thead")
                        || !row.children().isEmpty() && row.children().stream().allMatch(c -> c.normalName().equals("th"));
            }
            List<List<Span>> cells = new ArrayList<>();
            row.children().forEach(cell -> cells.add(spans(cell)));
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, header));
        }
    }

    private static List<Span> spans(Element element) {
        List<Span> spans = new ArrayList<>();
        element.childNodes().forEach(node -> inline(node, spans, false, false, false));
        return spans;
    }

    private static void inline(Node node, List<Span> spans, boolean bold, boolean italic, boolean underline) {
        if (node instanceof TextNode text) {
            String value = text.text().replaceAll("\\s+", " ");
            if (!value.isEmpty()) {
                spans.add(new Span(value, bold, italic, underline));
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "br" -> spans.add(new Span("\n", false, false, false));
            case "img" -> {
                if (!element.attr("alt").isBlank()) {
                    spans.add(new Span("［" + element.attr("alt") + "］", bold, italic, underline));
                }
            }
            default -> {
                boolean b = bold || element.normalName().equals("strong") || element.normalName().equals("b");
                boolean i = italic || element.normalName().equals("em") || element.normalName().equals("i");
                boolean u = underline || element.normalName().equals("u");
                element.childNodes().forEach(child -> inline(child, spans, b, i, u));
            }
        }
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "h2", "h3", "h4", "ul", "ol", "table", "blockquote", "figure", "figcaption", "hr" -> true;
            default -> false;
        };
    }

    private static boolean hasText(List<Span> spans) {
        return spans.stream().anyMatch(s -> !s.lineBreak() && !s.text().isBlank());
    }
}
