package org.citybridge.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager of column pages and search results (written by {@link PagerHtml}): 首页, 上一页, the page numbers
 * around the current one with the first and the last (1 … 4 5 [6] 7 8 … 20), 下一页, 尾页, and a box to jump to a page.
 * Page 1's address has no page number, as the page's own address has none.
 *
 * @param path   the listing's path, e.g. {@code /column/news} or {@code /search}
 * @param params the listing's other parameters (the search's words, column and dates), kept by every link and the jump
 */
record Pager(String path, Map<String, String> params, int current, int pages, long total) {

    /** The parameter of the jump box; its value goes to the nearest page that exists (see {@link #jumpTarget}). */
    static final String JUMP = "jump";
    /** How many page numbers are shown on either side of the current one. */
    static final int AROUND = 2;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** The page numbers to show, in order, with null for each gap (…). */
    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        int from = Math.max(1, current - AROUND);
        int to = Math.min(pages, current + AROUND);
        if (from > 1) {
            numbers.add(1);
            if (from > 2) {
                numbers.add(from == 3 ? 2 : null);
            }
        }
        for (int page = from; page <= to; page++) {
            numbers.add(page);
        }
        if (to < pages) {
            if (to < pages - 1) {
                numbers.add(to == pages - 2 ? pages - 1 : null);
            }
            numbers.add(pages);
        }
        return numbers;
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < pages;
    }

    /** The address of a page of the listing. */
    public String href(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                uri.queryParam(name, value);
            }
        });
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /**
     * The page a jump asks for, within the listing's pages: a number past either end is the first or the last page; what
     * is no number at all (empty, a sign, letters) is the first.
     */
    static int jumpTarget(String jump, int pages) {
        int last = Math.max(1, pages);
        String asked = jump.strip();
        if (!DIGITS.matcher(asked).matches()) {
            return 1;
        }
        String number = asked.replaceFirst("^0+(?=.)", "");
        return number.length() > 9 ? last : Math.max(1, Math.min(last, Integer.parseInt(number)));
    }
}
