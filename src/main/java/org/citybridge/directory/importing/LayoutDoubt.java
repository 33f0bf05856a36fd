package org.citybridge.directory.importing;

import java.util.List;

/** Why the layout found in a file needs the user's eye before import, as a message key with its arguments. */
public record LayoutDoubt(String messageKey, List<String> args) {
}
