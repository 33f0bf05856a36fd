package org.citybridge.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.directory.Gender;
import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegateRole;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.Diet;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.Lodging;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's logistics in Chromium: from the event page to 后勤, a room block refused then added, the rooms
 * allocated, a delegate moved by hand, and every logistics page, the refused form included, clean under axe-core's
 * WCAG 2 A/AA rules.
 */
class LogisticsBrowserTest extends BrowserJourney {


    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private static DelegateEntry delegate(String name, Gender gender, Lodging lodging, String mobile, LocalDate arrival) {
        return new DelegateEntry(null, name, gender, "联络员", "市人民政府办公室", mobile, Diet.HALAL, null, DelegateRole.DELEGATE,
                arrival, null, "G2871", "贵阳北站", null, null, null, null, lodging, null, List.of());
    }

    @Test
    void theSecretariatPlansRoomsAndReadsEveryLogisticsPage() throws Exception {
        fixtures.member("520100", "520300");
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long id = events.openEvent("贵阳后勤演练会议", 20, null);
        LocalDate eve = events.firstDay().minusDays(1);
        events.register(EventTesting.staff(), id, "520100", new DelegationEntry(null, List.of(
                delegate("吴刚", Gender.MALE, Lodging.SHARED, "13600001001", eve), delegate("郑爽", Gender.FEMALE, Lodging.SHARED, "13600001002", eve))));
        events.register(EventTesting.staff(), id, "520300", new DelegationEntry(null, List.of(
                delegate("冯涛", Gender.MALE, Lodging.SHARED, "13600001003", eve))));

        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        List<String> violations = new ArrayList<>();
        browser.open("/admin/events/" + id);
        browser.click(By.id("logistics-link"));
        browser.find(By.id("logistics-summary"));
        violations.addAll(axeHere("overview"));

        browser.click(By.linkText("住宿"));
        browser.find(By.id("block-form"));
        browser.type(By.id("hotel"), " ");
        browser.type(By.id("rooms"), "3");
        browser.click(By.cssSelector("#block-form button[type=submit]"));
        browser.waitForText(By.id("hotel-error"), "必填");
        violations.addAll(axeHere("refused block"));
        browser.type(By.id("hotel"), "贵州饭店");
        browser.click(By.cssSelector("#block-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "房源已添加");
        browser.click(By.cssSelector("#allocate-form button[type=submit]"));
        browser.waitForText(By.id("lodging-summary"), "已安排 3 人");
        assertThat(browser.text(By.cssSelector(".room-block"))).contains("吴刚", "冯涛", "同省份合住", "郑爽", "一人入住");
        violations.addAll(axeHere("lodging"));

        browser.click(By.linkText("冯涛"));
        browser.find(By.id("move-form"));
        violations.addAll(axeHere("lodger"));
        browser.selectByText(By.id("room"), "贵州饭店 双床房 3 号（空房）");
        browser.click(By.cssSelector("#move-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "住宿安排已调整");
        assertThat(browser.text(By.id("current-room"))).isEqualTo("贵州饭店 双床房 3 号");

        for (String page : List.of("pickups", "groups", "meals")) {
            browser.open("/admin/events/" + id + "/logistics/" + page);
            browser.find(By.id("logistics-tabs"));
            violations.addAll(axeHere(page));
        }
        assertThat(browser.source()).doesNotContain("Exception");
        assertThat(violations).isEmpty();
    }
}
