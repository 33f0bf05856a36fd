package org.citybridge.browser;

import java.io.IOException;

import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A main journey in a real headless Chromium against the running application; all journeys share one application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
abstract class BrowserJourney {

    static final String ADMIN_PASSWORD = Fixtures.ADMIN_PASSWORD;

    static Browser browser;

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
        browser = new Browser("http://localhost:" + port);
        return browser;
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
}
