package org.citybridge.browser;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.citybridge.circulars.CircularsApi;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.evaluation.BackdatedCirculars;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's charts in a real headless Chromium, for Henan's coordinator (Henan's cities are members in no
 * other test): every chart drawn on a canvas without a script error, a bar clicked opens the list behind it, the data
 * tables carry the same figures and links, no axe violation, and the charts narrow to a phone's width.
 */
class DashboardChartsBrowserTest extends BrowserJourney {

    private static final String ZHENGZHOU = "410100";
    private static final String KAIFENG = "410200";
    private static final String LUOYANG = "410300";

    @Autowired
    CircularsApi circulars;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theCoordinatorReadsTheChartsAndOpensTheListBehindABar() throws Exception {
        String coordinator = henan();
        openBrowser();
        signIn(coordinator, Fixtures.PASSWORD);
        browser.click(By.id("charts-link"));
        allDrawn();
        assertThat(browser.driver().findElements(By.cssSelector(".chart canvas"))).hasSize(5);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("charts-00-page");
        browser.click(By.cssSelector("#adoptions summary"));
        assertThat(browser.text(By.cssSelector("#adoptions table"))).contains(YearMonth.now(clock).minusMonths(1).toString());
        browser.screenshot("charts-01-trends");

        browser.click(By.cssSelector("#coverage summary"));
        assertThat(browser.text(By.cssSelector("#coverage table"))).contains("河南省").contains("66.7").contains("3");
        browser.screenshot("charts-02-coverage-table");
        assertThat(axe("/admin/dashboard/charts")).isEmpty();
        allDrawn();

        clickFirstBar("overdue-tasks");
        browser.find(By.id("board-count"));
        assertThat(browser.currentUrl()).endsWith("/admin/tasks?province=410000&overdue=true");
        assertThat(browser.text(By.id("board-count"))).contains("2");
        assertThat(browser.find(By.id("overdue")).isSelected()).isTrue();
        browser.screenshot("charts-03-overdue-list");

        browser.open("/admin/dashboard/charts");
        allDrawn();
        clickFirstBar("coverage");
        browser.find(By.id("result-count"));
        assertThat(browser.currentUrl()).endsWith("/admin/cities?province=410000&withoutLiaison=true");
        assertThat(browser.text(By.id("results"))).contains("洛阳市").doesNotContain("郑州市");

        browser.resize(390, 844);
        browser.open("/admin/dashboard/charts");
        allDrawn();
        assertThat(browser.find(By.cssSelector("#response-times canvas")).getSize().getWidth()).isLessThanOrEqualTo(390);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("charts-04-phone");
        browser.click(By.cssSelector("#response-times summary"));
        browser.screenshot("charts-05-phone-time-to-reply");
    }

    /** Waits until ECharts has finished drawing every chart (its animation included). */
    private void allDrawn() {
        for (String chart : List.of("coverage", "response-rates", "response-times", "overdue-tasks", "adoptions")) {
            browser.find(By.cssSelector("#" + chart + " .chart[data-drawn] canvas"));
        }
    }

    /** Clicks the middle of the chart's first bar, where ECharts draws it. */
    private void clickFirstBar(String chart) {
        WebElement element = browser.find(By.cssSelector("#" + chart + " .chart"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.driver().executeScript("""
                var chart = echarts.getInstanceByDom(arguments[0]);
                var value = chart.getOption().series[0].data[0];
                return chart.convertToPixel({seriesIndex: 0}, [value / 2, 0]);""", element);
        int x = point.get(0).intValue() - element.getSize().getWidth() / 2;
        int y = point.get(1).intValue() - element.getSize().getHeight() / 2;
        new Actions(browser.driver()).moveToElement(element, x, y).click().perform();
    }

    /**
     * Zhengzhou, Kaifeng and Luoyang members, Luoyang without a liaison; a circular last month that Zhengzhou answered
     * on time; a task overdue in Zhengzhou and Kaifeng; a report of Zhengzhou adopted last month. Answers the
     * coordinator's username.
     */
    private String henan() {
        fixtures.member(ZHENGZHOU, KAIFENG, LUOYANG);
        fixtures.appoint(ZHENGZHOU, fixtures.person("郑州联络员"), LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(KAIFENG, fixtures.person("开封联络员"), LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        BackdatedCirculars backdated = new BackdatedCirculars(fixtures, circulars, jdbc, clock);
        long circular = backdated.issue("豫图表", "图表浏览器测试通知", ZHENGZHOU, KAIFENG);
        backdated.backdate(circular, at(lastMonth.atDay(2), 9), at(lastMonth.atDay(9), 9));
        backdated.reply(circular, ZHENGZHOU, at(lastMonth.atDay(3), 9), at(lastMonth.atDay(3), 9));
        long task = fixtures.asAdmin(() -> assigning.assign(new NewTask("图表浏览器逾期事项", "<p>逾期</p>", TaskPriority.NORMAL,
                LocalDate.now(clock).plusDays(3), List.of(ZHENGZHOU, KAIFENG), List.of()), List.of()));
        jdbc.sql("UPDATE task SET due_date = :due WHERE id = :id").param("due", LocalDate.now(clock).minusDays(1))
                .param("id", task).update();
        jdbc.sql("""
                        INSERT INTO submission (city_code, city_name, province_code, province_name, kind, title, body_html, status,
                                                author_name, created_by, created_at, updated_at, first_submitted_at, submitted_at, decided_at)
                        VALUES ('410100', '郑州市', '410000', '河南省', 'CITY_NEWS', '郑州市推进城市更新', '<p>正文</p>', 'ADOPTED',
                                '郑州联络员', 'test', :at, :at, :at, :at, :at)""")
                .param("at", at(lastMonth.atDay(5), 9)).update();
        return fixtures.account(Role.PROVINCE, null, "410000", null);
    }

    private Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(clock.getZone()).toInstant());
    }
}
