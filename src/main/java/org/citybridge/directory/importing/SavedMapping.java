package org.citybridge.directory.importing;

import java.util.Map;
import java.util.Optional;

/**
 * A column mapping saved under a name: the roster field of each header as the file wrote it (normalised as
 * {@link HeaderNames} compares headers), an empty field for a column to ignore. It fits any file with those headers,
 * in whatever order.
 */
public record SavedMapping(long id, String name, Map<String, String> columns) {

    boolean knows(String header) {
        return columns.containsKey(HeaderNames.normalise(header));
    }

    Optional<RosterColumn> column(String header) {
        return Optional.ofNullable(columns.get(HeaderNames.normalise(header))).flatMap(RosterColumn::byField);
    }
}
