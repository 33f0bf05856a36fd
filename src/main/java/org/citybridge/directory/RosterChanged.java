package org.citybridge.directory;

import java.util.Map;

/** Any change to the roster, with the state before and after, for the audit log. {@code before} is empty on creation. */
public record RosterChanged(String actor, String action, String entityType, String entityId,
                            Map<String, Object> before, Map<String, Object> after) {
}
