package org.citybridge.portal;

/**
 * A column of the public site.
 *
 * @param path the names from the top column down, e.g. 城市交流 > 联络工作
 */
public record ColumnView(long id, Long parentId, String slug, String name, String path, int depth) {
}
