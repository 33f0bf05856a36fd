package org.citybridge.directory.web;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.importing.ColumnMapping;
import org.citybridge.directory.importing.DetectedLayout;
import org.citybridge.directory.importing.ImportJob;
import org.citybridge.directory.importing.ImportJobs;
import org.citybridge.directory.importing.ImportMode;
import org.citybridge.directory.importing.PendingImports;
import org.citybridge.directory.importing.RosterImport;
import org.citybridge.directory.importing.SavedMapping;
import org.citybridge.directory.importing.SavedMappings;
import org.citybridge.directory.importing.SheetLayout;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster import in the back office: upload; the mapping step when the file's layout is unsure (a drop-down per
 * column with a live preview, the mapping savable under a name); then a background job with a progress bar that checks
 * the rows for the preview and, after the user's choice, commits them (each also listed among the user's background
 * jobs). Uploaded files are reachable only from the session that uploaded them, jobs only by the user who started them.
 */
@Controller
@RequestMapping("/admin/roster/import")
class RosterImportController {

    private static final String PENDING = "rosterImports";
    private static final String COLUMN_PARAM = "col";

    private final RosterAccess access;
    private final RosterImport rosterImport;
    private final PendingImports pending;
    private final ImportJobs jobs;
    private final SavedMappings mappings;
    private final MessageSource messages;

    RosterImportController(RosterAccess access, RosterImport rosterImport, PendingImports pending, ImportJobs jobs,
                           SavedMappings mappings, MessageSource messages) {
        this.access = access;
        this.rosterImport = rosterImport;
        this.pending = pending;
        this.jobs = jobs;
        this.mappings = mappings;
        this.messages = messages;
    }

    @ModelAttribute("importLimitMegabytes")
    long importLimitMegabytes() {
        return rosterImport.maxMegabytes();
    }

    @GetMapping
    String form(Model model) {
        access.requireSecretariat();
        return formPage(model);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long mapping,
                  HttpSession session, Model model) throws IOException {
        access.requireSecretariat();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", text("import.chooseFile"));
            return formPage(model);
        }
        byte[] bytes = file.getBytes();
        Optional<SavedMapping> saved = mapping == null ? Optional.empty() : mappings.find(mapping);
        DetectedLayout detected;
        try {
            detected = rosterImport.inspect(bytes, saved);
        } catch (RuleViolation violation) {
            model.addAttribute("fileError", text(violation.messageKey(), violation.args()));
            return formPage(model);
        }
        String token = pending.keep(bytes, file.getOriginalFilename());
        tokens(session).add(token);
        if (!detected.sure()) {
            return "redirect:/admin/roster/import/" + token + "/mapping" + (mapping == null ? "" : "?saved=" + mapping);
        }
        return "redirect:/admin/roster/import/jobs/" + jobs.start(token, bytes, ImportMode.PREVIEW, detected.layout());
    }

    @GetMapping("/{token}/mapping")
    String mapping(@PathVariable String token, @RequestParam(required = false) Integer sheet,
                   @RequestParam(required = false) Long saved, HttpSession session, Model model) {
        access.requireSecretariat();
        Optional<byte[]> file = file(token, session);
        if (file.isEmpty()) {
            return expired(model);
        }
        Optional<SavedMapping> savedMapping = saved == null ? Optional.empty() : mappings.find(saved);
        DetectedLayout detected = sheet == null ? rosterImport.inspect(file.get(), savedMapping)
                : rosterImport.inspect(file.get(), sheet, savedMapping);
        savedMapping.ifPresent(used -> model.addAttribute("savedUsed", used.name()));
        return mappingPage(token, file.get(), detected, model);
    }

    /** The live preview of the mapping step: the first rows as the columns chosen so far read them. */
    @PostMapping("/{token}/mapping/preview")
    String mappingPreview(@PathVariable String token, @RequestParam Map<String, String> params, HttpSession session,
                          Model model) {
        access.requireSecretariat();
        byte[] file = file(token, session).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("preview", rosterImport.preview(file, layout(params)));
        return "directory/import-mapping :: preview";
    }

    @PostMapping("/{token}/mapping")
    String mapped(@PathVariable String token, @RequestParam Map<String, String> params,
                  @RequestParam(required = false) String saveAs, HttpSession session, Model model) {
        access.requireSecretariat();
        Optional<byte[]> file = file(token, session);
        if (file.isEmpty()) {
            return expired(model);
        }
        DetectedLayout detected = rosterImport.inspect(file.get(), layout(params));
        if (!detected.sure()) {
            model.addAttribute("mappingError", text("import.mapping.incomplete"));
            model.addAttribute("saveAs", saveAs);
            return mappingPage(token, file.get(), detected, model);
        }
        String saved = "";
        if (saveAs != null && !saveAs.isBlank()) {
            try {
                saved = "?savedMapping=" + mappings.save(saveAs, detected).id();
            } catch (RuleViolation violation) {
                model.addAttribute("saveAsError", text(violation.messageKey(), violation.args()));
                model.addAttribute("saveAs", saveAs);
                return mappingPage(token, file.get(), detected, model);
            }
        }
        return "redirect:/admin/roster/import/jobs/" + jobs.start(token, file.get(), ImportMode.PREVIEW, detected.layout()) + saved;
    }

    /** Commits the previewed file as the mode says, read with the layout the preview used. */
    @PostMapping("/{token}")
    String commit(@PathVariable String token, @RequestParam String mode, @RequestParam Map<String, String> params,
                  HttpSession session, Model model) {
        access.requireSecretariat();
        Optional<byte[]> file = file(token, session);
        if (file.isEmpty()) {
            return expired(model);
        }
        ImportMode parsed = ImportMode.parse(mode);
        SheetLayout layout = params.containsKey("sheet") ? layout(params)
                : rosterImport.inspect(file.get(), Optional.empty()).layout();
        return "redirect:/admin/roster/import/jobs/" + jobs.start(token, file.get(), parsed, layout);
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable UUID id, @RequestParam(required = false) Long savedMapping, HttpSession session, Model model) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        if (savedMapping != null) {
            mappings.find(savedMapping).ifPresent(saved -> model.addAttribute("savedAs", saved.name()));
        }
        boolean committable = job.report() != null && !job.report().committed() && tokens(session).contains(job.fileToken())
                && pending.holds(job.fileToken());
        if (committable) {
            model.addAttribute("token", job.fileToken());
        }
        return "directory/import-job";
    }

    /** The progress bar, polled while the job runs; once it has ended the page reloads to show the outcome. */
    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!job.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "directory/import-job :: progress";
    }

    /** Deletes a saved mapping, after a confirmation (the page's dialog, or without script a step of its own). */
    @PostMapping("/mappings/{id}/delete")
    String deleteMapping(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                         RedirectAttributes redirect) {
        SavedMapping mapping = mappings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!confirmed) {
            model.addAttribute("confirmDeleteMapping", mapping);
            return formPage(model);
        }
        mappings.delete(id);
        redirect.addFlashAttribute("deletedMapping", mapping.name());
        return "redirect:/admin/roster/import";
    }

    private String formPage(Model model) {
        model.addAttribute("savedMappings", mappings.all());
        model.addAttribute("jobs", jobs.recent());
        return "directory/import";
    }

    /** The mapping step: why it is needed ({@code detected}'s doubts), the columns to map and the live preview. */
    private String mappingPage(String token, byte[] file, DetectedLayout detected, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("detected", detected);
        model.addAttribute("fields", rosterImport.fields());
        model.addAttribute("preview", rosterImport.preview(file, detected.layout()));
        model.addAttribute("savedMappings", mappings.all());
        return "directory/import-mapping";
    }

    private String expired(Model model) {
        model.addAttribute("fileError", text("import.expired"));
        return formPage(model);
    }

    /** The layout the mapping form posts: sheet, header row and a field per column ({@code col3=mobile}). */
    private static SheetLayout layout(Map<String, String> params) {
        Map<Integer, String> fields = new TreeMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(COLUMN_PARAM) && name.substring(COLUMN_PARAM.length()).matches("\\d{1,4}")) {
                fields.put(Integer.parseInt(name.substring(COLUMN_PARAM.length())), value);
            }
        });
        return new SheetLayout(number(params.get("sheet")), number(params.get("headerRow")), ColumnMapping.ofFields(fields));
    }

    private static int number(String text) {
        return text != null && text.matches("\\d{1,6}") ? Integer.parseInt(text) : 0;
    }

    private Optional<byte[]> file(String token, HttpSession session) {
        return tokens(session).contains(token) ? pending.find(token) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> tokens(HttpSession session) {
        Set<String> tokens = (Set<String>) session.getAttribute(PENDING);
        if (tokens == null) {
            tokens = new HashSet<>();
        }
        session.setAttribute(PENDING, tokens);
        return tokens;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
