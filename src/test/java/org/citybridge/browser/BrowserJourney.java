package org.citybridge.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A main journey in a real headless Chromium against the running application; all journeys share one application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
abstract class BrowserJourney {

    static final String ADMIN_PASSWORD = Fixtures.ADMIN_PASSWORD;

    static Browser browser;

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
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Browser openBrowser() throws IOException {
        return openBrowser(List.of());
    }

    /**
     * A browser with more of Chromium's flags; the one a journey opened before is closed. Every page of the
     * application it shows is checked with axe-core, and the journey fails at its end if one had a violation.
     */
    Browser openBrowser(List<String> extraArguments) throws IOException {
        closeBrowser();
        browser = new Browser("http://localhost:" + port, extraArguments);
        browser.onEveryPage(page -> pagesWithViolations.addAll(axeAsShown(page)));
        return browser;
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

    void signIn(String username, String password) {
        browser.open("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.cssSelector("form[action='/login'] button[type=submit]"));
        browser.find(By.id("lang-switch"));
    }

    void signOut() {
        browser.click(By.cssSelector("form[action='/logout'] button"));
        browser.find(By.id("username"));
    }

    /** Opens the page and answers axe-core's WCAG 2 A/AA violations on it, each named with the page's path. */
    protected List<String> axe(String path) {
        browser.driver().get("http://localhost:" + port + path);
        browser.find(By.tagName("main"));
        browser.driver().executeScript("window.citybridgeChecked = true");
        return axeAsShown(path);
    }

    /** axe-core's WCAG 2 A/AA violations on the page as the browser shows it now (e.g. a form refused by a post). */
    protected List<String> axeAsShown(String page) {
        List<String> found = new ArrayList<>();
        AxeBuilder wcag = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        for (Rule rule : wcag.analyze(browser.driver()).getViolations()) {
            found.add(page + ": " + rule.getId() + " (" + rule.getNodes().size() + "): "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
        }
        return found;
    }
}
