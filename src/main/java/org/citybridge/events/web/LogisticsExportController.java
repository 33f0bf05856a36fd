package org.citybridge.events.web;

import org.citybridge.events.domain.LodgingPlanning;
import org.citybridge.events.domain.LogisticsQueries;
import org.citybridge.platform.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The logistics workbooks of an event. The delegate list is for anyone who reads delegations, limited to the cities in
 * their scope (a liaison gets its own city's); the lodging plan, pickup plan and groups are the secretariat's. Access
 * is checked by the services.
 */
@Controller
@RequestMapping("/admin/events/{id}/exports")
class LogisticsExportController {

    private final LogisticsQueries logistics;
    private final LodgingPlanning lodging;
    private final LogisticsWorkbooks workbooks;

    LogisticsExportController(LogisticsQueries logistics, LodgingPlanning lodging, LogisticsWorkbooks workbooks) {
        this.logistics = logistics;
        this.lodging = lodging;
        this.workbooks = workbooks;
    }

    @GetMapping("/delegates.xlsx")
    ResponseEntity<byte[]> delegates(@PathVariable long id) {
        return Spreadsheets.download("参会人员名单.xlsx", workbooks.delegates(logistics.participants(id)));
    }

    @GetMapping("/lodging.xlsx")
    ResponseEntity<byte[]> lodging(@PathVariable long id) {
        return Spreadsheets.download("住宿安排.xlsx", workbooks.lodging(lodging.plan(id)));
    }

    @GetMapping("/pickups.xlsx")
    ResponseEntity<byte[]> pickups(@PathVariable long id) {
        return Spreadsheets.download("接送站计划.xlsx", workbooks.pickups(logistics.pickups(id)));
    }

    @GetMapping("/groups.xlsx")
    ResponseEntity<byte[]> groups(@PathVariable long id) {
        return Spreadsheets.download("考察分组.xlsx", workbooks.groups(logistics.groups(id)));
    }
}
