package org.citybridge.browser;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.NewAccount;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.People;
import org.citybridge.shared.Role;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assigned tasks in a real headless Chromium: the secretariat assigns to Harbin (picking it by name), Harbin's liaison
 * accepts and reports progress; cancelling asks first in a dialog.
 */
class TaskBrowserTest extends BrowserJourney {

    private static final String HARBIN = "230100";
    private static final String PASSWORD = "Songhua-River-2026";
    @Autowired
    People people;
    @Autowired
    Appointments appointments;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    TaskAssigning assigning;

    @Test
    void staffAssignsAndTheCityAcceptsAndReportsProgress() throws Exception {
        String liaison = fixtures.asAdmin(() -> {
            long person = people.create(new PersonDetails("赵哈尔滨", null, "市政府副秘书长", null, "13645670001", null,
                    "harbin.liaison@example.cn", null));
            appointments.appoint(HARBIN, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
            accounts.create(new NewAccount("harbin-liaison", "哈尔滨联络员", PASSWORD, Role.LIAISON, HARBIN, null, person));
            return "harbin-liaison";
        });
        openBrowser();

        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/tasks");
        browser.find(By.id("total-overdue"));
        browser.click(By.id("new-task"));
        browser.type(By.id("task-title"), "报送冬季城市运行保障经验");
        typeRichText("task-description", "请总结本市经验。");
        new Select(browser.find(By.id("task-priority"))).selectByValue("HIGH");
        browser.type(By.id("task-pickedCities"), "哈尔滨");
        browser.waitForText(By.id("reach"), "将交办至 1 个城市");
        browser.screenshot("tasks-00-city-picker");
        browser.click(By.cssSelector("#task-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "已交办，已通知各城市在任联络员");
        assertThat(browser.text(By.id("task-assignments"))).contains("哈尔滨市").contains("赵哈尔滨").contains("已交办");
        browser.screenshot("tasks-01-assigned");
        signOut();

        signIn(liaison, PASSWORD);
        browser.click(By.linkText("本市任务"));
        browser.click(By.linkText("报送冬季城市运行保障经验"));
        browser.waitForText(By.id("assignment-state"), "已交办");
        browser.click(By.cssSelector("#action-accept button[type=submit]"));
        browser.waitForText(By.id("assignment-state"), "已接收");
        browser.type(By.id("note-progress"), "已部署各区县报送素材");
        browser.click(By.cssSelector("#action-progress button[type=submit]"));
        browser.waitForText(By.id("assignment-state"), "办理中");
        assertThat(browser.text(By.id("history"))).contains("接收").contains("已部署各区县报送素材").contains("赵哈尔滨")
                .doesNotContain(liaison);
        browser.screenshot("tasks-02-in-progress");

        browser.click(By.id("lang-switch"));
        browser.waitForText(By.id("assignment-state"), "In progress");
        assertThat(browser.source()).contains("Submit the result").contains("History");
        browser.screenshot("tasks-03-english");
    }

    @Test
    void cancellingAsksFirstInADialog() throws Exception {
        long id = fixtures.asAdmin(() -> assigning.assign(new NewTask("撤销前确认", "<p>说明</p>", TaskPriority.NORMAL,
                LocalDate.now().plusDays(5), List.of(HARBIN), List.of()), List.of()));
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/tasks/" + id + "/cities/" + HARBIN + "?lang=zh-CN");
        browser.click(By.cssSelector("#action-cancel button[type=submit]"));
        assertThat(browser.text(By.id("confirm-cancel"))).contains("撤销后，哈尔滨市不能再接收");
        browser.screenshot("tasks-04-cancel-dialog");
        browser.click(By.cssSelector("#confirm-cancel [data-confirm-no]"));
        assertThat(browser.driver().findElement(By.id("confirm-cancel")).isDisplayed()).isFalse();
        assertThat(browser.text(By.id("assignment-state"))).contains("已交办");

        browser.click(By.cssSelector("#action-cancel button[type=submit]"));
        browser.click(By.id("confirm-cancel-yes"));
        browser.waitForText(By.id("assignment-state"), "已撤销");
    }
}
