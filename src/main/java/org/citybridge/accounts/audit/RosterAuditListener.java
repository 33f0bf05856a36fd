package org.citybridge.accounts.audit;

import org.citybridge.directory.RosterChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records roster changes in the audit log inside the transaction that made them: no change without its entry. */
@Component
class RosterAuditListener {

    private final AuditLog auditLog;

    RosterAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(RosterChanged change) {
        auditLog.record(change.actor(), change.action(), change.entityType(), change.entityId(), change.before(),
                change.after());
    }
}
