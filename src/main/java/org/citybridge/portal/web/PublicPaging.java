package org.citybridge.portal.web;

import org.citybridge.shared.NotFoundException;

/**
 * The one paging convention of the public site and its API (columns, search, {@code /api/v1/articles}): pages are
 * numbered from 1 in URLs and answers; a page that does not exist (0, negative, or past the last) answers 404. The
 * first page always exists, even when there is nothing to list.
 */
final class PublicPaging {

    private PublicPaging() {
    }

    /** The page's index from 0, for the queries; 404 below page 1. */
    static int index(int page) {
        if (page < 1) {
            throw new NotFoundException("portal.error.noSuchPage", page);
        }
        return page - 1;
    }

    /** 404 past the last of {@code pages} pages (the first page always exists). */
    static void requireWithin(int page, int pages) {
        if (page < 1 || page > Math.max(1, pages)) {
            throw new NotFoundException("portal.error.noSuchPage", page);
        }
    }
}
