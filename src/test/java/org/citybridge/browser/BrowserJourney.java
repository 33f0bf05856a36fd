package org.citybridge.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A main journey in a real headless Chromium against the running application; all journeys share one application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({Fixtures.class, AxeCoreScript.class})
abstract class BrowserJourney {

    static final String ADMIN_PASSWORD = Fixtures.ADMIN_PASSWORD;

    static Browser browser;
    /** The Chromium with the usual flags, kept from one journey to the next. */
    private static Browser shared;
    /** How many pages axe-core checked in this run, and how long that took: printed after each journey. */
    private static final AtomicInteger AXE_CHECKS = new AtomicInteger();
    private static final AtomicLong AXE_NANOS = new AtomicLong();
    private final List<String> pagesWithViolations = new ArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @BeforeAll
    static void noDownloads() {
        System.setProperty("SE_OFFLINE", "true");
    }

    @AfterAll
    static void axeTime() {
        System.out.printf("axe-core so far in this run: %d pages checked in %.1f s%n", AXE_CHECKS.get(), AXE_NANOS.get() / 1e9);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null && browser != shared) {
            browser.close();
        }
        browser = null;
    }

    /**
     * The browser with Chromium's usual flags, as new ({@link Browser#reset}): one Chromium serves every journey that
     * needs no flags of its own, which spares a start and lets it keep the application's scripts and styles.
     */
    Browser openBrowser() throws IOException {
        closeBrowser();
        String baseUrl = "http://localhost:" + port;
        if (shared != null && (!shared.serves(baseUrl) || shared.closed())) {
            shared.close();
            shared = null;
        }
        if (shared == null) {
            shared = new Browser(baseUrl);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        } else {
            shared.reset();
        }
        browser = shared;
        checkEveryPage();
        return browser;
    }

    /**
     * A browser of its own with more of Chromium's flags; the one a journey opened before is closed. Every page of the
     * application it shows is checked with axe-core when it holds something no page checked before held ({@link
     * PageShape}), and the journey fails at its end if one had a violation.
     */
    Browser openBrowser(List<String> extraArguments) throws IOException {
        if (extraArguments.isEmpty()) {
            return openBrowser();
        }
        closeBrowser();
        browser = new Browser("http://localhost:" + port, extraArguments);
        checkEveryPage();
        return browser;
    }

    private void checkEveryPage() {
        browser.onEveryPage(page -> {
            try {
                if (PageShape.holdsSomethingUnchecked(browser.driver())) {
                    pagesWithViolations.addAll(axeAsShown(page));
                }
            } catch (RuntimeException e) {
                if (!leftDuringTheCheck()) {
                    throw e;
                }
                // a page that moves on by itself (a job's progress) went while it was checked: the next one is checked
                browser.pageShown();
            }
        });
    }

    /** Whether the browser shows another document than the one whose check began ({@link Browser#pageShown}). */
    private boolean leftDuringTheCheck() {
        return !Boolean.TRUE.equals(browser.driver().executeScript("return window.citybridgeChecked === true;"));
    }

    @BeforeEach
    void noViolationsYet() {
        pagesWithViolations.clear();
    }

    @AfterEach
    void everyPageShownPassedAxe() {
        if (browser != null) {
            browser.pageShown();
        }
        assertThat(pagesWithViolations).as("axe-core's WCAG 2 A/AA violations on the pages this journey showed").isEmpty();
    }

    /** Signs in through the form: the sign-in page's, or the one the page shows after signing out. */
    void signIn(String username, String password) {
        if (!browser.currentUrl().startsWith("http://localhost:" + port + "/login?logout")) {
            browser.open("/login");
        }
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.cssSelector("form[action='/login'] button[type=submit]"));
        browser.find(By.id("lang-switch"));
    }

    void signOut() {
        browser.click(By.cssSelector("form[action='/logout'] button"));
        browser.find(By.id("username"));
    }

    /** Types into the rich-text editor over the textarea as a person does: into TinyMCE's editing frame, at the end. */
    void typeRichText(String textareaId, CharSequence... keys) {
        waitForRichText(textareaId);
        browser.driver().executeScript("var editor = tinymce.get(arguments[0]); editor.focus();"
                + "editor.selection.select(editor.getBody(), true); editor.selection.collapse(false);", textareaId);
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Runs the steps inside the editing frame of the rich-text editor over the textarea, then back on the page. */
    void inRichText(String textareaId, Runnable steps) {
        waitForRichText(textareaId);
        browser.driver().switchTo().frame(browser.find(By.id(textareaId + "_ifr")));
        try {
            steps.run();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Waits until TinyMCE has set up the editor over the textarea (before that, typed text would be replaced). */
    void waitForRichText(String textareaId) {
        browser.waitUpTo(Browser.PATIENCE)
                .until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                        "return !!(window.tinymce && tinymce.get(arguments[0]) && tinymce.get(arguments[0]).initialized);", textareaId)));
    }

    /** The editor's HTML as it will be submitted. */
    String richTextHtml(String textareaId) {
        waitForRichText(textareaId);
        return (String) browser.driver().executeScript("return tinymce.get(arguments[0]).getContent();", textareaId);
    }

    /**
     * Inserts a picture as a writer does: the editor's picture button, the Upload tab, the file, the text alternative
     * (first left out, which the dialog refuses with a message), the caption ticked and then typed under the picture.
     */
    void insertPicture(String textareaId, Path file, String alt, String caption) {
        waitForRichText(textareaId);
        browser.click(By.cssSelector("#" + textareaId + " + .tox-tinymce button[aria-label='插入图片']"));
        browser.click(By.xpath("//div[contains(@class,'tox-dialog__body-nav-item') and normalize-space()='上传']"));
        WebElement input = browser.driver().findElement(By.cssSelector(".tox-dialog .tox-dropzone input[type=file]"));
        browser.driver().executeScript("arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
        By source = dialogField("图片地址");
        browser.waitUpTo(Browser.PATIENCE)
                .until(driver -> browser.find(source).getAttribute("value").contains("/media/"));
        browser.click(By.xpath("//div[contains(@class,'tox-dialog')]//label[normalize-space()='显示图片说明']"));
        By save = By.xpath("//div[contains(@class,'tox-dialog')]//button[normalize-space()='保存']");
        browser.click(save);
        browser.find(By.xpath("//div[contains(@class,'tox-dialog__body')][contains(., '请填写替代文字')]"));
        browser.click(By.xpath("//div[contains(@class,'tox-dialog')]//button[normalize-space()='确定']"));
        browser.type(dialogField("替代文字"), alt);
        browser.click(save);
        browser.driver().findElements(By.cssSelector(".tox-dialog")).forEach(dialog ->
                browser.waitUpTo(java.time.Duration.ofSeconds(5))
                        .until(ExpectedConditions.stalenessOf(dialog)));
        inRichText(textareaId, () -> {
            WebElement figcaption = browser.driver().findElement(By.cssSelector("figure figcaption"));
            assertThat(figcaption.getText()).as("the caption starts as the text alternative, not the plugin's English word")
                    .isEqualTo(alt);
            browser.driver().executeScript("var range = document.createRange(); range.selectNodeContents(arguments[0]);"
                    + "getSelection().removeAllRanges(); getSelection().addRange(range);", figcaption);
            new Actions(browser.driver()).sendKeys(caption).perform();
        });
    }

    /** An input of the open TinyMCE dialog by the start of its label. */
    private By dialogField(String label) {
        String id = browser.find(By.xpath("//div[contains(@class,'tox-dialog')]//label[starts-with(normalize-space(),'" + label + "')]"))
                .getAttribute("for");
        return By.id(id);
    }

    /**
     * Opens the page and answers axe-core's WCAG 2 A/AA violations on it, each named with the page's path; none when
     * every element it holds was checked on another page of this run already ({@link PageShape}).
     */
    protected List<String> axe(String path) {
        browser.driver().get("http://localhost:" + port + path);
        browser.find(By.tagName("main"));
        browser.driver().executeScript("window.citybridgeChecked = true");
        return PageShape.holdsSomethingUnchecked(browser.driver()) ? axeAsShown(path) : List.of();
    }

    /** axe-core's WCAG 2 A/AA violations on the page as the browser shows it now (e.g. a form refused by a post). */
    protected List<String> axeAsShown(String page) {
        long start = System.nanoTime();
        List<String> found = AxeCheck.violations(browser.driver(), page);
        AXE_CHECKS.incrementAndGet();
        AXE_NANOS.addAndGet(System.nanoTime() - start);
        return found;
    }
}
