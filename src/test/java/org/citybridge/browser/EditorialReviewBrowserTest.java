package org.citybridge.browser;

import java.util.List;
import java.util.Map;

import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.ColumnReviews;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 三审 in two levels: the administrator asks for review in a column, an editor writes and submits, the 初审 reviewer
 * (told on the queue that their account has no mail address) gives one on 我的账号, returns the article with a comment,
 * the editor reads it, fixes and submits again (the 初审 reviewer is mailed, in English as chosen), the 初审 and 复审
 * reviewers approve and the article is live. A correction of a live article in a reviewed column is submitted as a
 * revision, reviewed beside the live version and published by the approval. Every page passes axe.
 */
class EditorialReviewBrowserTest extends BrowserJourney {

    @Autowired
    ColumnAdministration columns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleEditing editing;
    @Autowired
    ColumnReviews columnReviews;

    @Test
    void anArticleIsReturnedFixedResubmittedAndPublishedByItsSecondReviewer() throws Exception {
        String editor = fixtures.account(Role.EDITOR);
        String first = fixtures.account(Role.EDITOR);
        String second = fixtures.account(Role.EDITOR);
        long column = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "review-journey-" + System.nanoTime() % 1000000,
                "审核旅程", null, true)));
        openBrowser();

        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/portal/columns/" + column + "/review");
        browser.click(By.id("review-levels-2"));
        browser.click(By.id("reviewer-1-" + first));
        browser.click(By.id("reviewer-2-" + second));
        browser.screenshot("60-review-column-settings");
        browser.click(By.id("save-review"));
        browser.waitForText(By.id("column-tree"), "2 级审核");
        signOut();

        signIn(editor, Fixtures.PASSWORD);
        browser.open("/admin/portal/articles/new?column=" + column);
        browser.type(By.id("article-title"), "城市更新经验交流会召开");
        typeRichText("article-bodyHtml", "十二个城市交流了城市更新的做法。");
        browser.click(By.cssSelector("#article-form button[type=submit]"));
        browser.waitForText(By.id("article-status"), "草稿");
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/publish']"))).as("no direct publishing").isEmpty();
        browser.click(By.cssSelector("form[action$='/submit'] button"));
        browser.waitForText(By.id("article-status"), "待初审");
        String article = browser.currentUrl();
        signOut();

        signIn(first, Fixtures.PASSWORD);
        browser.open("/admin/portal/review");
        browser.waitForText(By.id("review-no-address"), "您的账号没有邮箱，审核通知只在此处和工作台显示。");
        browser.screenshot("61-review-queue");
        browser.click(By.cssSelector("#review-no-address a"));
        String address = first + "@review.example.cn";
        browser.type(By.id("contact-email"), first + "@localhost");
        browser.selectByValue(By.id("contact-language"), "en");
        browser.click(By.cssSelector("#contact-form button[type=submit]"));
        browser.find(By.cssSelector("#contact-email.is-invalid"));
        browser.waitForText(By.id("contact-email-error"), "请填写有效的电子邮箱地址");
        browser.screenshot("61a-own-address-refused");
        browser.type(By.id("contact-email"), address);
        browser.click(By.cssSelector("#contact-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "邮件通知设置已保存");
        browser.open("/admin/portal/review");
        assertThat(browser.driver().findElements(By.id("review-no-address"))).as("the note is gone").isEmpty();
        browser.click(By.linkText("城市更新经验交流会召开"));
        browser.click(By.cssSelector("#review-return button[type=submit]"));
        browser.find(By.cssSelector("#review-comment.is-invalid"));
        browser.type(By.id("review-comment"), "请写明交流会的时间和地点");
        browser.screenshot("62-review-return-with-comment");
        browser.click(By.cssSelector("#review-return button[type=submit]"));
        browser.find(By.id("review-queue-empty"));
        signOut();

        signIn(editor, Fixtures.PASSWORD);
        browser.waitForText(By.id("desk-returned"), "请写明交流会的时间和地点");
        browser.screenshot("63-editor-home-returned");
        browser.driver().get(article);
        browser.waitForText(By.id("returned-comment"), "请写明交流会的时间和地点");
        browser.waitForText(By.id("article-status"), "已退回");
        typeRichText("article-bodyHtml", "交流会于3月2日在成都举行。");
        browser.click(By.cssSelector("#article-form button[type=submit]"));
        browser.click(By.cssSelector("form[action$='/submit'] button"));
        browser.waitForText(By.id("article-status"), "待初审");
        signOut();
        assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = :to AND topic = 'article-review'")
                .param("to", address).query(String.class).list())
                .containsExactly("[Awaiting first review] 城市更新经验交流会召开");

        signIn(first, Fixtures.PASSWORD);
        browser.waitForText(By.id("desk-waiting"), "城市更新经验交流会召开");
        browser.click(By.cssSelector("#desk-waiting a[href^='/admin/portal/review/']"));
        browser.find(By.id("review-article"));
        browser.screenshot("64-review-page");
        browser.click(By.cssSelector("#review-approve button"));
        browser.find(By.id("review-queue-empty"));
        signOut();

        signIn(second, Fixtures.PASSWORD);
        browser.open("/admin/portal/review");
        browser.click(By.linkText("城市更新经验交流会召开"));
        browser.waitForText(By.id("review-status"), "待复审");
        browser.click(By.cssSelector("#review-approve button"));
        browser.find(By.cssSelector("#review-queue-empty, #review-queue"));
        browser.driver().get(article);
        browser.waitForText(By.id("article-status"), "已发布");
        browser.click(By.linkText("修改记录"));
        browser.waitForText(By.id("revisions"), "退回（初审）：请写明交流会的时间和地点");
        assertThat(browser.text(By.id("revisions"))).contains("审核通过（初审）", "审核通过（复审）", "发布");
        browser.screenshot("65-review-history");
        String publicPage = article.replaceAll("/admin/portal/articles/(\\d+)/edit", "/article/$1.html");
        browser.driver().get(publicPage);
        browser.waitForText(By.tagName("h1"), "城市更新经验交流会召开");
        assertThat(browser.source()).contains("交流会于3月2日在成都举行");
        browser.screenshot("66-review-published");
    }

    @Test
    void aCorrectionOfALiveArticleIsReviewedAsARevisionWhileReadersKeepTheLiveVersion() throws Exception {
        String editor = fixtures.account(Role.EDITOR);
        String reviewer = fixtures.account(Role.EDITOR);
        long column = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "revision-journey-" + System.nanoTime() % 1000000,
                "修订审核旅程", null, true)));
        long id = fixtures.asAdmin(() -> editing.create(new ArticleDraft(column, "塔城市联络工作简报", null, null, null, null, null,
                "<p>塔城市召开联络员会议。</p>", null, null, null, List.of()), null, List.of()));
        fixtures.asAdmin(() -> {
            editing.publish(id);
            columnReviews.set(column, 1, false, Map.of(1, List.of(reviewer)));
            return null;
        });
        openBrowser();

        signIn(editor, Fixtures.PASSWORD);
        browser.open("/admin/portal/articles/" + id + "/edit");
        typeRichText("article-bodyHtml", "会议表彰了优秀联络员。");
        browser.click(By.id("save-article"));
        browser.waitForText(By.id("revision-review-state"), "修订尚未提交审核");
        assertThat(browser.driver().findElements(By.id("publish-revision"))).as("no direct 发布修订").isEmpty();
        browser.click(By.cssSelector("#submit-revision"));
        browser.waitForText(By.id("revision-review-state"), "修订待初审");
        browser.waitForText(By.id("article-status"), "已发布");
        browser.screenshot("67-revision-submitted");
        browser.open("/article/" + id + ".html");
        assertThat(browser.text(By.cssSelector(".portal-article"))).doesNotContain("会议表彰了优秀联络员。");
        browser.open("/admin");
        signOut();

        signIn(reviewer, Fixtures.PASSWORD);
        browser.open("/admin/portal/review");
        browser.find(By.cssSelector("#review-queue tr[data-article='" + id + "'] .revision-tag"));
        browser.click(By.linkText("塔城市联络工作简报"));
        browser.waitForText(By.id("revision-tag"), "修订");
        browser.waitForText(By.id("review-article"), "会议表彰了优秀联络员。");
        browser.screenshot("68-revision-review-page");
        browser.click(By.id("revision-compare"));
        browser.waitForText(By.cssSelector("#compare-body ins"), "会议表彰了优秀联络员。");
        browser.screenshot("69-revision-compared");
        browser.open("/admin/portal/review/" + id);
        browser.click(By.cssSelector("#review-approve button"));
        browser.find(By.id("review-queue-empty"));
        browser.open("/article/" + id + ".html");
        assertThat(browser.text(By.cssSelector(".portal-article"))).contains("塔城市召开联络员会议。", "会议表彰了优秀联络员。");
    }
}
