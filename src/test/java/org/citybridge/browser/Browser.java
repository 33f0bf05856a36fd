package org.citybridge.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver; nothing is downloaded. */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private Consumer<String> everyPage = page -> { };

    Browser(String baseUrl) throws IOException {
        this(baseUrl, List.of());
    }

    /** With more of Chromium's flags, such as a fake camera or a proxy. */
    Browser(String baseUrl, List<String> extraArguments) throws IOException {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("citybridge.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("citybridge-chromium"));
        options.addArguments(extraArguments);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("citybridge.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Called with each new page of the application the journey shows, once, before the journey acts on it. */
    void onEveryPage(Consumer<String> check) {
        this.everyPage = check;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        pageShown();
    }

    /**
     * Runs the page check on a page of the application not checked yet: marked in the document itself, so a new
     * page (after a link, a form, a redirect) is found whichever way it came.
     */
    void pageShown() {
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith(baseUrl)) {
            return;
        }
        Object seen = driver.executeScript(
                "var seen = window.citybridgeChecked === true; window.citybridgeChecked = true; return seen;");
        if (!Boolean.TRUE.equals(seen)) {
            everyPage.accept(url.substring(baseUrl.length()));
        }
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(text);
    }

    void click(By by) {
        pageShown();
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        pageShown();
    }

    void selectByText(By by, String text) {
        new org.openqa.selenium.support.ui.Select(find(by)).selectByVisibleText(text);
    }

    void selectByValue(By by, String value) {
        new org.openqa.selenium.support.ui.Select(find(by)).selectByValue(value);
    }

    /** Sets an input's value as the browser would and announces the change, for inputs like datetime-local. */
    void setValue(By by, String value) {
        WebElement element = find(by);
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, value);
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    String text(By by) {
        return find(by).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * The errors the page's scripts (or the browser, for a refused script or style) logged since last asked; not the
     * browser's own asking for a /favicon.ico the application does not have.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico ")).toList();
    }

    ChromeDriver driver() {
        return driver;
    }

    void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
