package org.citybridge.accounts.audit;

import org.citybridge.portal.SiteSettingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records changes of the public site's settings in the audit log, inside the transaction that made them. */
@Component
class SiteSettingsAuditListener {

    static final String ENTITY = "site_settings";

    private final AuditLog auditLog;

    SiteSettingsAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(SiteSettingsChanged change) {
        auditLog.record(change.actor(), "site.update", ENTITY, 1, change.before(), change.after());
    }
}
