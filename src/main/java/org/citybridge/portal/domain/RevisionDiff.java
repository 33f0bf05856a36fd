package org.citybridge.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.citybridge.platform.html.RichText;
import org.springframework.web.util.HtmlUtils;

/**
 * What changed between two versions of a text or an article body, as HTML to show people: removed words in
 * {@code <del>}, added ones in {@code <ins>}, a removal next to an addition as one "replaced" pair. Chinese, Japanese
 * and Korean text is compared character by character, other scripts word by word; a picture of the body is one token,
 * shown as the picture. The output is built from tokens only: all text escaped, and only pictures of the application's
 * own store ({@code /media/{id}}) taken over from the (sanitized) body, with their escaped alternative text.
 */
public final class RevisionDiff {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern IMAGE = Pattern.compile("(?i)^<img\\b");
    private static final Pattern SOURCE = Pattern.compile("(?i)\\bsrc=\"(/media/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");
    private static final Pattern ALT = Pattern.compile("(?i)\\balt=\"([^\"]*)\"");
    private static final Pattern LINE_END = Pattern.compile("(?i)^<(br\\s*/?|/(p|li|h[1-6]|tr|blockquote|figcaption|figure|table|ul|ol))>$");
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]"
                    + "|[\\p{L}\\p{N}_'&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]+"
                    + "|\\s+|.", Pattern.DOTALL);

    private RevisionDiff() {
    }

    /** The difference of two article bodies; both are sanitized again first, whatever they are. */
    public static String bodies(String beforeHtml, String afterHtml) {
        return render(bodyTokens(RichText.sanitize(beforeHtml)), bodyTokens(RichText.sanitize(afterHtml)));
    }

    /** The difference of two plain texts (a title, a field). */
    public static String texts(String before, String after) {
        return render(textTokens(before), textTokens(after));
    }

    /** A body as tokens: words or characters, line ends, and pictures. */
    static List<Token> bodyTokens(String safeHtml) {
        List<Token> tokens = new ArrayList<>();
        Matcher tag = TAG.matcher(safeHtml == null ? "" : safeHtml);
        int from = 0;
        while (tag.find()) {
            tokens.addAll(textTokens(HtmlUtils.htmlUnescape(safeHtml.substring(from, tag.start()))));
            String element = tag.group();
            if (IMAGE.matcher(element).find()) {
                Matcher source = SOURCE.matcher(element);
                Matcher alt = ALT.matcher(element);
                if (source.find()) {
                    tokens.add(Token.picture(source.group(1), alt.find() ? HtmlUtils.htmlUnescape(alt.group(1)) : ""));
                }
            } else if (LINE_END.matcher(element).matches() && !tokens.isEmpty() && !tokens.get(tokens.size() - 1).isLineEnd()) {
                tokens.add(Token.LINE_END);
            }
            from = tag.end();
        }
        tokens.addAll(textTokens(HtmlUtils.htmlUnescape(safeHtml == null ? "" : safeHtml.substring(from))));
        return tokens;
    }

    static List<Token> textTokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text == null ? "" : text);
        while (word.find()) {
            tokens.add(Token.text(word.group()));
        }
        return tokens;
    }

    private static String render(List<Token> before, List<Token> after) {
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (AbstractDelta<Token> delta : DiffUtils.diff(before, after).getDeltas()) {
            appendAll(html, before.subList(position, delta.getSource().getPosition()));
            List<Token> removed = delta.getSource().getLines();
            List<Token> added = delta.getTarget().getLines();
            switch (delta.getType()) {
                case DELETE -> marked(html, "del", removed);
                case INSERT -> marked(html, "ins", added);
                case CHANGE -> {
                    html.append("<span class=\"diff-replaced\">");
                    marked(html, "del", removed);
                    marked(html, "ins", added);
                    html.append("</span>");
                }
                default -> appendAll(html, removed);
            }
            position = delta.getSource().getPosition() + removed.size();
        }
        appendAll(html, before.subList(position, before.size()));
        return html.toString();
    }

    private static void marked(StringBuilder html, String element, List<Token> tokens) {
        html.append('<').append(element).append('>');
        appendAll(html, tokens);
        html.append("</").append(element).append('>');
    }

    private static void appendAll(StringBuilder html, List<Token> tokens) {
        tokens.forEach(token -> token.appendTo(html));
    }

    /** A word, a character, a line end or a picture; pictures are equal when their source and text are. */
    record Token(String text, String pictureSource) {

        static final Token LINE_END = new Token("\n", null);

        static Token text(String text) {
            return new Token(text, null);
        }

        static Token picture(String source, String alt) {
            return new Token(alt, source);
        }

        boolean isLineEnd() {
            return this.equals(LINE_END);
        }

        void appendTo(StringBuilder html) {
            if (pictureSource == null) {
                html.append(HtmlUtils.htmlEscape(text));
            } else {
                html.append("<img class=\"diff-picture\" src=\"").append(pictureSource).append("\" alt=\"")
                        .append(HtmlUtils.htmlEscape(text)).append("\">");
            }
        }
    }
}
