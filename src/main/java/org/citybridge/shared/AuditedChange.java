package org.citybridge.shared;

import java.util.Map;

/**
 * A change any module wants in the audit log, published inside the transaction that made it; the log records it there,
 * so the entry and the change commit or roll back together. For modules the audit log's own module depends on.
 */
public record AuditedChange(String actor, String action, String entityType, Object entityId,
                            Map<String, Object> before, Map<String, Object> after) {
}
