package org.citybridge.directory.web;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.importing.ImportMode;
import org.citybridge.directory.importing.ImportReport;
import org.citybridge.directory.importing.PendingImports;
import org.citybridge.directory.importing.RosterImport;
import org.citybridge.directory.importing.RosterWorkbook;
import org.citybridge.platform.Spreadsheets;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The roster spreadsheet in the back office: template, export, and import with preview then commit. */
@Controller
@RequestMapping("/admin/roster")
class RosterFilesController {

    private static final String PENDING = "rosterImports";

    private final RosterAccess access;
    private final RosterImport rosterImport;
    private final RosterWorkbook workbook;
    private final PendingImports pending;
    private final CityDirectory directory;
    private final MessageSource messages;

    RosterFilesController(RosterAccess access, RosterImport rosterImport, RosterWorkbook workbook, PendingImports pending,
                          CityDirectory directory, MessageSource messages) {
        this.access = access;
        this.rosterImport = rosterImport;
        this.workbook = workbook;
        this.pending = pending;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        access.requireSecretariat();
        return Spreadsheets.download("联络员名录模板.xlsx", workbook.template());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(CityFilter filter) {
        var rows = directory.activeRoster(filter);
        return Spreadsheets.download("联络员名录.xlsx", workbook.export(rows));
    }

    @GetMapping("/import")
    String form() {
        access.requireSecretariat();
        return "directory/import";
    }

    @ModelAttribute("importLimitMegabytes")
    long importLimitMegabytes() {
        return rosterImport.maxMegabytes();
    }

    @PostMapping("/import")
    String preview(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model) throws IOException {
        access.requireSecretariat();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", text("import.chooseFile"));
            return "directory/import";
        }
        byte[] bytes = file.getBytes();
        try {
            ImportReport report = rosterImport.run(bytes, ImportMode.PREVIEW);
            String token = SessionImports.keep(pending, session, PENDING, bytes);
            model.addAttribute("token", token);
            model.addAttribute("report", report);
        } catch (RuleViolation violation) {
            model.addAttribute("fileError", text(violation.messageKey(), violation.args()));
        }
        return "directory/import";
    }

    @PostMapping("/import/{token}")
    String commit(@PathVariable String token, @RequestParam String mode, HttpSession session, Model model) {
        access.requireSecretariat();
        var file = SessionImports.find(pending, session, PENDING, token);
        if (file.isEmpty()) {
            model.addAttribute("fileError", text("import.expired"));
            return "directory/import";
        }
        ImportReport report = rosterImport.run(file.get(), ImportMode.parse(mode));
        if (report.committed()) {
            SessionImports.forget(pending, session, PENDING, token);
        } else {
            model.addAttribute("token", token);
        }
        model.addAttribute("report", report);
        model.addAttribute("result", true);
        return "directory/import";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
