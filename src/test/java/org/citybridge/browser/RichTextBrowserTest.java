package org.citybridge.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor writes an article body in TinyMCE as people do: typing, the toolbar, a paste from Word, a captioned picture. */
class RichTextBrowserTest extends BrowserJourney {

    private static final String BODY = "article-bodyHtml";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEditorSpeaksChineseAndKeepsParagraphsBoldAndAListWrittenWithTheKeyboard() throws Exception {
        newArticle("三段正文的稿件");

        assertThat(toolbarLabels()).contains("撤销", "重做", "加粗", "倾斜", "项目列表", "编号列表", "引用", "插入/编辑链接", "表格",
                "插入图片", "清除格式");
        assertThat(browser.find(By.id(BODY + "_ifr")).getAttribute("title")).isEqualTo("正文");
        typeRichText(BODY, "第一段", Keys.ENTER, "第二段", Keys.ENTER, "第三段");
        keys().keyDown(Keys.SHIFT).sendKeys(Keys.HOME).keyUp(Keys.SHIFT).perform();
        keys().keyDown(Keys.CONTROL).sendKeys("b").keyUp(Keys.CONTROL).perform();
        keys().sendKeys(Keys.END, Keys.ENTER, "要点").perform();
        // Alt+F10 reaches the toolbar from the text; arrows move within a group of buttons, Tab to the next group
        keys().keyDown(Keys.ALT).sendKeys(Keys.F10).keyUp(Keys.ALT).perform();
        assertThat(focusedLabel()).as((String) browser.driver().executeScript("return document.activeElement.outerHTML.slice(0, 300)"))
                .isEqualTo("撤销");
        java.util.Set<String> group = new java.util.HashSet<>();
        for (int i = 0; i < 30 && !"项目列表".equals(focusedLabel()); i++) {
            group.add(focusedLabel());
            keys().sendKeys(Keys.ARROW_RIGHT).perform();
            if (group.contains(focusedLabel())) {
                keys().sendKeys(Keys.TAB).perform();
                group.clear();
            }
        }
        keys().sendKeys(Keys.ENTER).perform();
        browser.screenshot("30-rich-text-tinymce-chinese");
        save();

        assertThat(storedBody("三段正文的稿件").replaceAll("[\r\n]", ""))
                .startsWith("<p>第一段</p><p>第二段</p><p><strong>第三段</strong></p><ul><li>").contains("要点</").endsWith("</li></ul>");
        assertThat(richTextHtml(BODY)).contains("<li>");
    }

    /** Word's clipboard HTML pasted as Chromium hands it over: a paste event whose DataTransfer holds text/html. */
    @Test
    void wordAndWpsPastesKeepHeadingsListsTablesAndBoldWithoutStylesOrClasses() throws Exception {
        newArticle("粘贴自Word的稿件");

        typeRichText(BODY, "导语");
        paste(resource("word-2016-clipboard.html"));
        paste(resource("wps-2019-clipboard.html"));
        browser.screenshot("31-rich-text-word-and-wps-pasted");
        assertThat(axeAsShown("article editor with pasted Word")).isEmpty();
        save();

        String stored = HtmlUtils.htmlUnescape(storedBody("粘贴自Word的稿件")).replaceAll("[\r\n]", "");
        assertThat(stored).contains("<p>导语</p>", "<h2>联络工作座谈会纪要</h2>", "<strong>成都市</strong>", "<em>各区（市）县</em>",
                "<ul><li>通报上半年工作</li><li>交流各地经验</li><li>部署下半年任务</li></ul>",
                "<ol><li>按时报送信息</li><li>做好交接</li></ol>", "<td><p><strong>区县</strong></p></td>", "<p>锦江区</p>",
                "<h2>经验交流材料</h2>", "<ol><li>每月召开例会</li><li>建立信息台账</li></ol>",
                "<td colspan=\"2\"><p><strong>例会安排</strong></p></td>");
        assertThat(stored.toLowerCase()).doesNotContain("style", "class", "mso", "lang=", "<o:p", "<span", "<font", "<div");
    }

    @Test
    void aCaptionedPictureUploadedInTheEditorIsAFigureOnThePublicPage() throws Exception {
        newArticle("配图的稿件");

        typeRichText(BODY, "导语");
        insertPicture(BODY, picture(), "会场全景", "会场");
        browser.screenshot("32-rich-text-captioned-picture");
        save();
        assertThat(HtmlUtils.htmlUnescape(storedBody("配图的稿件")).replaceAll("[\r\n]", ""))
                .matches("<p>导语</p><figure><img src=\"/media/[0-9a-f-]{36}\" alt=\"会场全景\" /><figcaption>会场</figcaption></figure>");
        browser.click(By.cssSelector("form[action$='/publish'] button"));
        browser.waitForText(By.id("article-status"), "已发布");
        browser.driver().get(browser.find(By.linkText("查看网页")).getAttribute("href"));

        browser.waitForText(By.cssSelector(".portal-article-body figure figcaption"), "会场");
        WebElement img = browser.find(By.cssSelector(".portal-article-body figure img"));
        assertThat(img.getAttribute("alt")).isEqualTo("会场全景");
        assertThat((Boolean) browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img))
                .as("the picture is served to the public").isTrue();
        browser.screenshot("33-portal-article-with-figure");
    }

    @Test
    void aFileThatIsNoPictureIsRefusedWithTheServersMessageInChinese() throws Exception {
        Path fake = Files.createTempFile("not-a-picture", ".png");
        Files.writeString(fake, "这不是图片");
        newArticle("上传非图片的稿件");

        browser.click(By.cssSelector("#" + BODY + " + .tox-tinymce button[aria-label='插入图片']"));
        browser.click(By.xpath("//div[contains(@class,'tox-dialog__body-nav-item') and normalize-space()='上传']"));
        WebElement input = browser.driver().findElement(By.cssSelector(".tox-dialog .tox-dropzone input[type=file]"));
        browser.driver().executeScript("arguments[0].style.display = 'block';", input);
        input.sendKeys(fake.toString());

        WebElement alert = browser.find(By.xpath("//div[contains(@class,'tox-dialog')][.//button[normalize-space()='确定']]"
                + "//div[contains(@class,'tox-dialog__body')]"));
        assertThat(alert.getText()).contains("的内容不是允许的类型", "文件类型按内容识别").doesNotContain("Failed", "Error");
        browser.screenshot("34-rich-text-upload-refused");
    }

    @Test
    void pastedForeignPicturesAreLeftOutAndReported() throws Exception {
        newArticle("粘贴外部图片的稿件");

        typeRichText(BODY, "导语");
        paste("<p>转载的文字<img src=\"https://other.example/news/a.png\" alt=\"外链\"></p>"
                + "<figure><img src=\"file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png\"><figcaption>图注</figcaption></figure>");
        browser.waitForText(By.cssSelector(".tox-notification"), "已粘贴的 2 张外部图片未保存");
        save();

        assertThat(storedBody("粘贴外部图片的稿件").replaceAll("[\r\n]", "")).isEqualTo("<p>导语</p><p>转载的文字</p><p>图注</p>");
    }

    @AfterEach
    void closeTheBrowser() {
        closeBrowser();
    }

    private void paste(String html) {
        browser.driver().executeScript("var editor = tinymce.get(arguments[0]); editor.focus();"
                + "var line = editor.dom.add(editor.getBody(), 'p', {}, '<br>'); editor.selection.setCursorLocation(line, 0);"
                + "var data = new DataTransfer(); data.setData('text/html', arguments[1]); data.setData('text/plain', 'x');"
                + "editor.getBody().dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
                BODY, html);
    }

    private String focusedLabel() {
        return browser.driver().switchTo().activeElement().getAttribute("aria-label");
    }

    private java.util.List<String> toolbarLabels() {
        return browser.driver().findElements(By.cssSelector("#" + BODY + " + .tox-tinymce .tox-toolbar button")).stream()
                .map(button -> button.getAttribute("aria-label")).toList();
    }

    private static String resource(String name) throws Exception {
        try (var in = RichTextBrowserTest.class.getResourceAsStream("/rich-text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path picture() throws Exception {
        Path picture = Files.createTempFile("meeting", ".png");
        ImageIO.write(square(), "png", picture.toFile());
        return picture;
    }

    private void newArticle(String title) throws Exception {
        openBrowser();
        signIn(fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
        browser.click(By.id("nav-portal"));
        browser.click(By.id("new-article"));
        browser.type(By.id("article-title"), title);
        browser.selectByText(By.id("article-columnId"), "城市交流 > 联络工作");
        waitForRichText(BODY);
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
