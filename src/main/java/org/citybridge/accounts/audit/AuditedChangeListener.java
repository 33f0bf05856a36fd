package org.citybridge.accounts.audit;

import org.citybridge.shared.AuditedChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the changes other modules announce for the audit log, inside the transaction that made them. */
@Component
class AuditedChangeListener {

    private final AuditLog auditLog;

    AuditedChangeListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(AuditedChange change) {
        auditLog.record(change.actor(), change.action(), change.entityType(), change.entityId(), change.before(), change.after());
    }
}
