package org.citybridge.directory.importing;

import java.util.List;

/** One data row as read from the file, for the preview table; {@code messages} are its errors. */
public record RowPreview(int row, String cityCode, String cityName, String name, String role, String from, String to,
                         boolean valid, List<String> messages) {
}
