package org.citybridge.browser;

import org.citybridge.portal.PortalTesting;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor corrects a live article: the correction waits as a pending revision while readers keep the live text;
 * the unsaved form is previewed in a new tab; leaving with unsaved changes asks first; the revision is published and
 * the history shows the change word by word.
 */
class LiveRevisionBrowserTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void anEditorCorrectsALiveArticleThatReadersSeeOnlyOncePublished() throws Exception {
        long id = PortalTesting.publish(context, "博乐市联络工作简报", "<p>博乐市召开联络员座谈会。</p>");
        String editor = fixtures.account(Role.EDITOR);
        if (browser == null) {
            openBrowser();
        }
        signIn(editor, Fixtures.PASSWORD);

        browser.open("/admin/portal/articles/" + id + "/edit");
        typeRichText("article-bodyHtml", "会议通报了全年工作。");
        browser.click(By.id("save-article"));
        browser.waitForText(By.id("pending-revision"), "有待发布的修订");
        browser.screenshot("60-live-revision-pending");

        browser.open("/article/" + id + ".html");
        assertThat(browser.text(By.cssSelector(".portal-article"))).contains("博乐市召开联络员座谈会。")
                .doesNotContain("会议通报了全年工作。");

        browser.open("/admin/portal/articles/" + id + "/edit");
        typeRichText("article-bodyHtml", "与会人员交流了经验。");
        String editing = browser.clickIntoNewWindow(By.id("preview-unsaved"));
        browser.waitForText(By.cssSelector(".portal-article"), "与会人员交流了经验。");
        browser.pageShown();
        browser.screenshot("61-live-revision-unsaved-preview");
        browser.driver().close();
        browser.driver().switchTo().window(editing);

        // leaving with the unsaved sentence asks first (the page cancels the browser's beforeunload)
        assertThat(browser.driver().executeScript("var leaving = new Event('beforeunload', {cancelable: true});"
                + "window.dispatchEvent(leaving); return leaving.defaultPrevented;")).isEqualTo(true);

        browser.click(By.id("save-article"));
        browser.waitForText(By.id("pending-revision"), "有待发布的修订");
        browser.click(By.id("publish-revision"));
        browser.find(By.xpath("//div[@role='status'][contains(., '修订已发布')]"));
        assertThat(browser.driver().findElements(By.id("pending-revision"))).isEmpty();

        browser.open("/article/" + id + ".html");
        assertThat(browser.text(By.cssSelector(".portal-article"))).contains("会议通报了全年工作。", "与会人员交流了经验。");

        browser.open("/admin/portal/articles/" + id + "/history");
        assertThat(browser.text(By.cssSelector("#revisions .revision:first-child .revision-note"))).isEqualTo("发布修订");
        assertThat(browser.text(By.cssSelector("#revisions .revision:first-child .body-diff ins"))).contains("与会人员交流了经验。");
        browser.screenshot("62-live-revision-history");

        // the list with its states and the move of ticked articles, and the withdrawal's reason, pass axe too
        browser.open("/admin/portal/articles?q=博乐市");
        browser.click(By.id("pick-" + id));
        browser.selectByText(By.id("move-target"), "城市交流 > 城市经验");
        browser.click(By.id("move-submit"));
        browser.waitForText(By.id("confirm-heading"), "把 1 篇文章移到");
        browser.click(By.id("confirm-submit"));
        browser.find(By.xpath("//div[@role='status'][contains(., '所选文章已移动')]"));
        browser.screenshot("63-live-revision-moved");
        browser.open("/admin/portal/articles/" + id + "/withdraw");
        assertThat(browser.find(By.id("withdraw-reason")).getAttribute("required")).isNotNull();
        browser.type(By.id("withdraw-reason"), "简报内容已过时");
        browser.click(By.id("confirm-submit"));
        browser.waitForText(By.id("withdrawal-reason"), "简报内容已过时");
    }
}
