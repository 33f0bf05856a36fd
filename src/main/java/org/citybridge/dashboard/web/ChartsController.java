package org.citybridge.dashboard.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.citybridge.dashboard.charts.ChartView;
import org.citybridge.dashboard.charts.NetworkCharts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/** The network's charts for the secretariat and province coordinators, each with its data table. */
@Controller
class ChartsController {

    private final NetworkCharts charts;
    private final JsonMapper json;

    ChartsController(NetworkCharts charts, JsonMapper json) {
        this.charts = charts;
        this.json = json;
    }

    @GetMapping("/admin/dashboard/charts")
    String charts(HttpServletRequest request, Model model) {
        List<ChartView> views = charts.charts(request.getContextPath());
        model.addAttribute("charts", views);
        model.addAttribute("chartData", scriptSafe(json.writeValueAsString(views)));
        return "admin/charts";
    }

    /** JSON inside a script element: no "</script>" (or "<!--") can end it early. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }
}
