package org.citybridge.browser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInRequest;
import org.citybridge.events.domain.CheckIns;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The big screen in Chromium: the figure and the province table change when delegates check in, without a reload;
 * the screen, the event page's check-in section and the check-in staff's page pass axe's WCAG 2 A/AA rules.
 */
class ScreenBrowserTest extends BrowserJourney {

    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    CheckIns checkIns;
    @Autowired
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theFigureRisesWithoutAReload() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long event = events.openEvent("大屏浏览器测试", 30, null);
        DelegationView guilin = events.register(EventTesting.staff(), event, "450300", EventTesting.delegation("桂林甲", "桂林乙"));
        events.register(EventTesting.staff(), event, "460100", EventTesting.delegation("海口甲"));
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);

        browser.open("/events/" + event + "/screen");
        browser.waitForText(By.id("screen-status"), "实时更新中");
        assertThat(browser.text(By.id("checked-in"))).isEqualTo("0");
        assertThat(browser.text(By.id("registered"))).isEqualTo("3");
        browser.driver().executeScript("window.stillTheSamePage = true;");

        fixtures.asAdmin(() -> checkIns.checkIn(event, CheckInRequest.of(codes.issue(event, EventTesting.named(guilin, "桂林甲").id()))));
        browser.waitForText(By.id("checked-in"), "1");
        assertThat(browser.text(By.id("checked-in-cities"))).isEqualTo("1");
        browser.waitForText(By.cssSelector("#by-province tbody tr:first-child td:nth-child(2)"), "1");
        assertThat(browser.text(By.cssSelector("#by-province tbody tr:first-child th"))).isEqualTo("广西壮族自治区");
        assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);

        List<String> violations = new ArrayList<>(axe("/events/" + event + "/screen"));
        violations.addAll(axe("/admin/events/" + event));
        violations.addAll(axe("/events/check-in"));
        assertThat(violations).isEmpty();
    }
}
