package org.citybridge.shared;

import java.util.List;

/** One page of a listing with the total count of matches. */
public record PageOf<T>(List<T> items, long total, int page, int size) {

    /** The given page of a list already in memory; a page past the end shows the last one. */
    public static <T> PageOf<T> slice(List<T> all, int page, int size) {
        int last = Math.max(0, (all.size() - 1) / size);
        int shown = Math.min(Math.max(page, 0), last);
        int from = shown * size;
        return new PageOf<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), shown, size);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
