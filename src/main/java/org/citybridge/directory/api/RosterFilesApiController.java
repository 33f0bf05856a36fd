package org.citybridge.directory.api;

import java.io.IOException;
import java.util.Optional;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.importing.ImportMode;
import org.citybridge.directory.importing.ImportReport;
import org.citybridge.directory.importing.RosterImport;
import org.citybridge.directory.importing.RosterWorkbook;
import org.citybridge.directory.importing.SavedMapping;
import org.citybridge.directory.importing.SavedMappings;
import org.citybridge.platform.Spreadsheets;
import org.citybridge.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/roster")
class RosterFilesApiController {

    private final RosterImport rosterImport;
    private final SavedMappings mappings;
    private final RosterWorkbook workbook;
    private final CityDirectory directory;

    RosterFilesApiController(RosterImport rosterImport, SavedMappings mappings, RosterWorkbook workbook,
                             CityDirectory directory) {
        this.rosterImport = rosterImport;
        this.mappings = mappings;
        this.workbook = workbook;
        this.directory = directory;
    }

    /**
     * Checks a roster file (.xlsx, .xls or CSV) row by row and commits it as {@code mode} says: preview, valid-only or
     * all-or-nothing. Its columns are found by their headers, also by those of the mapping saved as {@code mapping}.
     */
    @PostMapping("/imports")
    ImportReport importRoster(@RequestParam(defaultValue = "preview") String mode,
                              @RequestParam(required = false) MultipartFile file,
                              @RequestParam(required = false) String mapping) throws IOException {
        ImportMode parsed = ImportMode.parse(mode);
        if (file == null || file.isEmpty()) {
            throw new RuleViolation("file", "import.chooseFile");
        }
        Optional<SavedMapping> saved = Optional.empty();
        if (mapping != null && !mapping.isBlank()) {
            saved = Optional.of(mappings.findByName(mapping)
                    .orElseThrow(() -> new RuleViolation("mapping", "import.mapping.unknown", mapping)));
        }
        return rosterImport.run(file.getBytes(), parsed, saved);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(CityFilter filter) {
        var rows = directory.activeRoster(filter);
        return Spreadsheets.download("联络员名录.xlsx", workbook.export(rows));
    }
}
