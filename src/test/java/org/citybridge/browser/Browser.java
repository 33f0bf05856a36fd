package org.citybridge.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;
    private static final Duration POLL = Duration.ofMillis(50);
    /** How long a step waits for what it looks for, unless it says otherwise. */
    static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private Consumer<String> everyPage = page -> { };
    private boolean closed;

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
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("citybridge-chromium"));
        options.addArguments(extraArguments);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("citybridge.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = waitUpTo(PATIENCE);
    }

    /**
     * A wait that looks again every {@link #POLL} (Selenium's own looks every half second, which a journey of a hundred
     * waits pays in idle seconds).
     */
    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    /** Whether this browser shows pages of the application at that address. */
    boolean serves(String baseUrl) {
        return this.baseUrl.equals(baseUrl);
    }

    /**
     * Makes the browser as a new one for the next journey, keeping only its HTTP cache of scripts and styles: one
     * window at its first size on a blank page, no cookies, no site data (storage, service workers), the browser's
     * own network, media and downloads, nothing left in the console log.
     */
    void reset() {
        String first = driver.getWindowHandles().iterator().next();
        for (String window : driver.getWindowHandles()) {
            if (!window.equals(first)) {
                driver.switchTo().window(window).close();
            }
        }
        driver.switchTo().window(first);
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        resize(WIDTH, HEIGHT);
        driver.manage().logs().get(LogType.BROWSER);
        everyPage = page -> { };
    }

    /** Sets the window's size, as a person resizes it or holds a phone. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
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

    /**
     * Clicks what opens a page in a new window and switches to that window once it is there; answers the window it
     * was clicked in, to switch back to.
     */
    String clickIntoNewWindow(By by) {
        String opener = driver.getWindowHandle();
        List<String> before = List.copyOf(driver.getWindowHandles());
        click(by);
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.numberOfWindowsToBe(before.size() + 1));
        driver.switchTo().window(driver.getWindowHandles().stream().filter(handle -> !before.contains(handle))
                .findFirst().orElseThrow());
        return opener;
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

    boolean closed() {
        return closed;
    }

    /** Quits Chromium; once only, however often asked (a shared browser is also closed as the tests' JVM ends). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            driver.quit();
        }
    }
}
