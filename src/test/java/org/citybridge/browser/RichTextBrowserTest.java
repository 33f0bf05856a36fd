package org.citybridge.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor writes an article body as people do: Enter between paragraphs, toolbar buttons, a picture, a paste. */
class RichTextBrowserTest extends BrowserJourney {

    private static final By BODY = By.cssSelector(".rich-text-editor");

    @Autowired
    JdbcClient jdbc;

    @Test
    void linesTypedWithEnterStayParagraphsWithBoldByMouseAndAListByKeyboard() throws Exception {
        newArticle("三段正文的稿件");

        browser.find(BODY).sendKeys("第一段", Keys.ENTER, "第二段", Keys.ENTER, "第三段");
        keys().keyDown(Keys.SHIFT).sendKeys(Keys.HOME).keyUp(Keys.SHIFT).perform();
        browser.click(By.cssSelector("button[aria-label='加粗']"));
        keys().sendKeys(Keys.END, Keys.ENTER, "要点").perform();
        browser.find(By.cssSelector("button[aria-label='项目列表']")).sendKeys(Keys.ENTER);
        save();

        String stored = storedBody("三段正文的稿件");
        assertThat(stored).startsWith("<p>第一段</p><p>第二段</p><p><b>第三段</b></p><ul><li>").contains("要点</").endsWith("</li></ul>");
        assertThat(browser.driver().findElements(By.cssSelector(".rich-text-editor > p"))).extracting(WebElement::getText)
                .containsExactly("第一段", "第二段", "第三段");
        assertThat(browser.text(By.cssSelector(".rich-text-editor > ul > li"))).isEqualTo("要点");
    }

    @Test
    void textAfterAPictureAndAfterItsCaptionStartsAParagraphBelowTheFigure() throws Exception {
        Path picture = picture();
        newArticle("配图的稿件");

        browser.find(BODY).sendKeys("导语");
        browser.click(By.cssSelector(".insert-image"));
        browser.find(By.id("article-bodyHtml-image-file")).sendKeys(picture.toString());
        browser.type(By.id("article-bodyHtml-image-caption"), "会场");
        browser.type(By.id("article-bodyHtml-image-alt"), "会场全景");
        browser.click(By.cssSelector(".image-upload"));
        browser.find(By.cssSelector(".rich-text-editor figure img"));
        keys().sendKeys("图后正文").perform();
        browser.driver().executeScript("var caption = document.querySelector('.rich-text-editor figcaption');"
                + "var range = document.createRange(); range.selectNodeContents(caption); range.collapse(false);"
                + "getSelection().removeAllRanges(); getSelection().addRange(range);");
        keys().sendKeys(Keys.ENTER, "说明后正文").perform();
        save();

        assertThat(storedBody("配图的稿件")).matches("<p>导语</p><figure><img src=\"/media/[0-9a-f-]{36}\" alt=\"会场全景\" />"
                + "<figcaption>会场</figcaption></figure><p>说明后正文</p><p>图后正文</p>");
        assertThat(browser.text(By.cssSelector(".rich-text-editor figcaption"))).isEqualTo("会场");
    }

    @Test
    void pastedForeignPicturesAreLeftOutReportedAndOfferedForUpload() throws Exception {
        Path picture = picture();
        newArticle("粘贴外部图片的稿件");

        browser.find(BODY).sendKeys("导语");
        browser.driver().executeScript("var editor = document.querySelector('.rich-text-editor');"
                + "var data = new DataTransfer();"
                + "data.setData('text/html', '<p>转载的文字<img src=\"https://other.example/news/a.png\" alt=\"外链\">"
                + "<img src=\"data:image/png;base64," + base64(picture) + "\"></p>');"
                + "data.setData('text/plain', '转载的文字');"
                + "editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));");
        browser.waitForText(By.cssSelector(".rich-text-notice[role=status]"), "已粘贴的 2 张外部图片未保存");
        assertThat(browser.driver().findElements(By.cssSelector(".rich-text-editor img"))).isEmpty();
        browser.screenshot("30-rich-text-foreign-pictures-pasted");
        browser.click(By.cssSelector(".rich-text-notice button"));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("article-bodyHtml-image-file");
        browser.type(By.id("article-bodyHtml-image-alt"), "转载的图");
        browser.click(By.cssSelector(".image-upload"));
        browser.find(By.cssSelector(".rich-text-editor figure img"));
        save();

        assertThat(storedBody("粘贴外部图片的稿件"))
                .matches("<p>导语转载的文字</p><figure><img src=\"/media/[0-9a-f-]{36}\" alt=\"转载的图\" /></figure>");
    }

    @Test
    void aPictureDraggedInFromAnotherPageIsLeftOutAndReported() throws Exception {
        newArticle("拖入外部图片的稿件");

        browser.find(BODY).sendKeys("导语");
        browser.driver().executeScript("var editor = document.querySelector('.rich-text-editor');"
                + "var box = editor.getBoundingClientRect(); var data = new DataTransfer();"
                + "data.setData('text/html', '<img src=\"https://other.example/news/b.png\" alt=\"外链\">');"
                + "editor.dispatchEvent(new DragEvent('drop', {dataTransfer: data, clientX: box.left + 5, clientY: box.bottom - 5,"
                + " bubbles: true, cancelable: true}));");
        browser.waitForText(By.cssSelector(".rich-text-notice[role=status]"), "已拖入的 1 张外部图片未保存");
        keys().sendKeys("与正文").perform();
        save();

        assertThat(storedBody("拖入外部图片的稿件")).isEqualTo("<p>导语与正文</p>");
    }

    @AfterEach
    void closeTheBrowser() {
        closeBrowser();
    }

    private static Path picture() throws Exception {
        Path picture = Files.createTempFile("meeting", ".png");
        ImageIO.write(square(), "png", picture.toFile());
        return picture;
    }

    private static String base64(Path file) throws Exception {
        return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }

    private void newArticle(String title) throws Exception {
        openBrowser();
        signIn(fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
        browser.click(By.id("nav-portal"));
        browser.click(By.id("new-article"));
        browser.type(By.id("article-title"), title);
        browser.selectByText(By.id("article-columnId"), "城市交流 > 联络工作");
    }

    private void save() {
        browser.click(By.cssSelector("#article-form button[type=submit]"));
        browser.waitForText(By.id("article-status"), "草稿");
    }

    private String storedBody(String title) {
        return jdbc.sql("SELECT body_html FROM article WHERE title = :title").param("title", title).query(String.class).single();
    }

    /** Keys for whatever has the focus, as a person types on: no refocusing of the editor in between. */
    private Actions keys() {
        return new Actions(browser.driver());
    }

    private static BufferedImage square() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xA4161A));
        graphics.fillRect(0, 0, 40, 30);
        graphics.dispose();
        return image;
    }
}
