package org.citybridge.portal.domain;

/**
 * A column as the back office and the public pages need it.
 *
 * @param path     the names from the top column down, e.g. 城市交流 > 联络工作
 * @param articles how many articles (any status) it holds
 * @param children how many columns it holds
 */
public record ColumnNode(long id, Long parentId, String slug, String name, String description, int position,
                         boolean visible, String path, int depth, long articles, long children) {
}
