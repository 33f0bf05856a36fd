package org.citybridge.directory.web;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.importing.RosterWorkbook;
import org.citybridge.platform.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The roster spreadsheet in the back office: the template to fill in and the export (the import has its own pages). */
@Controller
@RequestMapping("/admin/roster")
class RosterFilesController {

    private final RosterAccess access;
    private final RosterWorkbook workbook;
    private final CityDirectory directory;

    RosterFilesController(RosterAccess access, RosterWorkbook workbook, CityDirectory directory) {
        this.access = access;
        this.workbook = workbook;
        this.directory = directory;
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
}
