package org.citybridge.portal.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Marks the words of a search in a found article's title and body text, with {@link HighlightedText}'s marks (the text
 * itself is left as it is: {@link HighlightedText#toHtml} escapes it). It looks for the words themselves in the stored
 * text instead of analysing the text again, which for Chinese is exact: a run of Chinese characters is marked wherever
 * it stands (深圳 inside 深圳市, as the bigram field finds it), a Latin word or a number only as a whole word. Case and
 * full-width forms are ignored, as the index ignores them.
 */
final class WordMarker {

    /** How far before its match a passage may start (a quarter of it at most), so that the match is read with what leads to it. */
    private static final int LEAD = 20;

    private final List<String> words;

    /** @param words what to mark: runs of Chinese characters, Latin words or numbers (see {@link #wordsOf}) */
    WordMarker(Collection<String> words) {
        this.words = words.stream().map(WordMarker::fold).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /**
     * The words a reader's text asks for: each run of Chinese characters and each Latin word or number in it, signs
     * left out ({@code <img src=x>} asks for {@code img}, {@code src} and {@code x}).
     */
    static List<String> wordsOf(String text) {
        List<String> found = new ArrayList<>();
        int start = -1;
        boolean chinese = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? fold(text.charAt(i)) : ' ';
            boolean word = Character.isLetterOrDigit(c);
            if (start >= 0 && (!word || isChinese(c) != chinese)) {
                found.add(text.substring(start, i));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
                chinese = isChinese(c);
            }
        }
        return found;
    }

    /** The whole text, every match marked. */
    String marked(String text) {
        if (text == null) {
            return null;
        }
        return mark(text, covered(find(fold(text)), text.length()), 0, text.length());
    }

    /**
     * Up to {@code count} passages of about {@code size} characters around the matches, in the order of the text, those
     * with the most different words first chosen; the start of the text ({@code noMatchSize} characters) when nothing
     * matches, and the whole text when it is no longer than a passage.
     */
    List<String> passages(String text, int size, int count, int noMatchSize) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Match> matches = find(fold(text));
        if (matches.isEmpty()) {
            return List.of(text.substring(0, Math.min(text.length(), noMatchSize)));
        }
        BitSet matched = covered(matches, text.length());
        if (text.length() <= size) {
            return List.of(mark(text, matched, 0, text.length()));
        }
        List<Passage> candidates = new ArrayList<>();
        for (int at = matched.nextSetBit(0); at >= 0; at = matched.nextSetBit(matched.nextClearBit(at))) {
            int[] window = window(text, matched, at, size);
            candidates.add(new Passage(window[0], window[1], wordsWithin(matches, window[0], window[1])));
        }
        List<Passage> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            Passage best = null;
            for (Passage candidate : candidates) {
                if ((best == null ? 0 : best.words()) < candidate.words() && chosen.stream().noneMatch(candidate::overlaps)) {
                    best = candidate;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
        }
        chosen.sort(Comparator.comparingInt(Passage::start));
        return chosen.stream().map(p -> mark(text, matched, p.start(), p.end())).toList();
    }

    /** A passage of the text, {@code [start, end)}, and how many different words have a match within it. */
    private record Passage(int start, int end, int words) {

        boolean overlaps(Passage other) {
            return start < other.end && other.start < end;
        }
    }

    /** A passage holding the match at {@code at}: a little before it (from a sentence's start if one is near), never cutting a match. */
    private static int[] window(String text, BitSet matched, int at, int size) {
        int start = Math.max(0, at - Math.min(LEAD, size / 4));
        for (int i = at - 1; i >= start; i--) {
            if ("。！？；!?;\n".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        while (start > 0 && matched.get(start) && matched.get(start - 1)) {
            start--;
        }
        int end = Math.min(text.length(), start + size);
        while (end < text.length() && matched.get(end - 1) && matched.get(end)) {
            end++;
        }
        return new int[]{start, end};
    }

    /** How many different words have a match within {@code [from, to)}; the matches in the order of their start. */
    private int wordsWithin(List<Match> matches, int from, int to) {
        BitSet words = new BitSet(this.words.size());
        for (int i = firstStartingAtOrAfter(matches, from); i < matches.size() && matches.get(i).start() < to; i++) {
            Match match = matches.get(i);
            if (match.end() <= to) {
                words.set(match.word());
            }
        }
        return words.cardinality();
    }

    private static int firstStartingAtOrAfter(List<Match> matches, int from) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (matches.get(middle).start() < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Every match of every word in the folded text, in the order of their start. */
    private List<Match> find(String folded) {
        List<Match> matches = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            for (int at = firstMatch(folded, word, 0); at >= 0; at = firstMatch(folded, word, at + word.length())) {
                matches.add(new Match(at, at + word.length(), w));
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    /** The characters that belong to a match. */
    private static BitSet covered(List<Match> matches, int length) {
        BitSet matched = new BitSet(length);
        matches.forEach(match -> matched.set(match.start(), match.end()));
        return matched;
    }

    private record Match(int start, int end, int word) {
    }

    /** Where the word stands next, from {@code from}: anywhere if it is Chinese, as a whole word otherwise. */
    private static int firstMatch(String folded, String word, int from) {
        boolean chinese = isChinese(word.charAt(0));
        for (int at = folded.indexOf(word, from); at >= 0; at = folded.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (chinese || (!continuesWord(folded, at - 1) && !continuesWord(folded, end))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean continuesWord(String folded, int i) {
        return i >= 0 && i < folded.length() && Character.isLetterOrDigit(folded.charAt(i)) && !isChinese(folded.charAt(i));
    }

    /** {@code text[from, to)} with each run of matched characters between the marks. */
    private static String mark(String text, BitSet matched, int from, int to) {
        StringBuilder marked = new StringBuilder(to - from + 16);
        for (int i = from; i < to; i++) {
            boolean in = matched.get(i);
            if (in && (i == from || !matched.get(i - 1))) {
                marked.append(HighlightedText.START);
            }
            marked.append(text.charAt(i));
            if (in && (i == to - 1 || !matched.get(i + 1))) {
                marked.append(HighlightedText.END);
            }
        }
        return marked.toString();
    }

    /** Chinese, Japanese and Korean characters: the index pairs them, so a word of them is found inside longer words. */
    private static boolean isChinese(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Lower case and half-width, one character for one, so that positions in the folded text are those of the text. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }
}
