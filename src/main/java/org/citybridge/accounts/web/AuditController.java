package org.citybridge.accounts.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.citybridge.accounts.audit.AuditLog.AuditFilter;
import org.citybridge.accounts.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog auditLog;
    private final AuditDisplay display;

    AuditController(AuditLog auditLog, AuditDisplay display) {
        this.auditLog = auditLog;
        this.display = display;
    }

    @GetMapping("/admin/audit")
    String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
                  @RequestParam(required = false) String entityId, @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(actor, entityType, entityId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("entityTypes", auditLog.entityTypes().stream()
                .collect(Collectors.toMap(type -> type, display::entityName, (a, b) -> a, LinkedHashMap::new)));
        var result = auditLog.search(filter, Math.max(page, 0), 50);
        model.addAttribute("result", result);
        model.addAttribute("rows", display.rows(result.items()));
        return "accounts/audit";
    }
}
