package org.citybridge.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.jobs.JobProgress;

/** Full-text search over the live articles of the public site (Chinese words and parts of words). */
public interface ArticleSearch {

    int MAX_PAGE_SIZE = 50;
    int MAX_QUERY_LENGTH = 100;

    /** The live articles matching the query, best first; a blank query or reversed dates find nothing. */
    Results search(Query query);

    /** Rebuilds the whole index from the database and answers how many articles it holds. */
    default long rebuildIndex() {
        return rebuildIndex(JobProgress.NONE);
    }

    /** The same, telling how many articles of how many are indexed so far. */
    long rebuildIndex(JobProgress progress);

    /**
     * @param text     what the reader typed; analysed, never parsed as query syntax
     * @param columnId only this column and its children, if given
     * @param from     published on or after this day (the deployment's zone), if given
     * @param to       published on or before this day, if given
     * @param page     from 1
     */
    record Query(String text, Long columnId, LocalDate from, LocalDate to, int page, int size) {

        public Query {
            text = text == null ? "" : text.strip();
            if (text.length() > MAX_QUERY_LENGTH) {
                text = text.substring(0, MAX_QUERY_LENGTH);
            }
            page = Math.max(1, page);
            size = size < 1 ? 10 : Math.min(size, MAX_PAGE_SIZE);
        }

        public static Query of(String text) {
            return new Query(text, null, null, null, 1, 10);
        }

        /** Nothing to search for: empty, or only signs such as {@code *}, {@code ?}, {@code %} or {@code /}. */
        public boolean isBlank() {
            return text.codePoints().noneMatch(Character::isLetterOrDigit);
        }

        /** The start date is after the end date: no article can match, and the reader is told why. */
        public boolean datesReversed() {
            return from != null && to != null && from.isAfter(to);
        }
    }

    /**
     * One found article.
     *
     * @param titleHtml   the title, HTML-escaped, the matched words marked {@code <em>}
     * @param snippetHtml passages of the body, HTML-escaped, the matched words marked {@code <em>}; safe to insert
     *                    unescaped ({@code th:utext})
     */
    record Hit(long id, String title, String titleHtml, long columnId, String columnName, Instant publishAt,
               String snippetHtml, String url) {
    }

    /** The search server cannot be reached: the search cannot be answered now, and may be in a moment. */
    final class Unavailable extends RuntimeException {

        public Unavailable(Throwable cause) {
            super("the search backend cannot be reached", cause);
        }
    }

    record Results(Query query, long total, List<Hit> hits) {

        public int page() {
            return query.page();
        }

        public int totalPages() {
            return (int) Math.min(Integer.MAX_VALUE, (total + query.size() - 1) / query.size());
        }

        public boolean hasPrevious() {
            return query.page() > 1;
        }

        public boolean hasNext() {
            return query.page() < totalPages();
        }
    }
}
