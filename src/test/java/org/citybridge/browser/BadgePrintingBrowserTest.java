package org.citybridge.browser;

import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.PdfContent;
import org.citybridge.support.PdfContent.FontUse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secretariat staff print from the event page: the badges, table tents and sign-in sheets of every city from their
 * links, then one city's three documents chosen in the page's form. Each PDF is fetched within the page's session, as
 * the browser gets it, and read back with PDFBox: the registered delegates' names and cities (not the waitlisted),
 * every font embedded.
 */
class BadgePrintingBrowserTest extends BrowserJourney {

    private static final String TITLE = "浙南联络员培训班";

    /** Fetches a path with the page's cookies and answers its status, content type and body in base64. */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(buffer => {
                const bytes = new Uint8Array(buffer);
                let text = '';
                for (let i = 0; i < bytes.length; i += 0x8000) {
                  text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                }
                done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(text)});
              }))
              .catch(e => done({status: 0, type: String(e), body: ''}));
            """;

    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void staffPrintEveryCityThenOneCityFromTheEventPage() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        fixtures.member("330300", "330600");
        long event = events.openEvent(TITLE, 3, null);
        events.register(EventTesting.staff(), event, "330300", EventTesting.delegation("周文博", "郑晓燕"));
        events.register(EventTesting.staff(), event, "330600", EventTesting.delegation("鲁成章", "王候补"));
        String staff = fixtures.account(Role.STAFF);
        openBrowser();

        signIn(staff, Fixtures.PASSWORD);
        browser.click(By.id("nav-events"));
        browser.click(By.linkText(TITLE));
        browser.waitForText(By.id("print-badges"), "代表证（全部 3 人）");

        String badges = printed(link("print-badges"));
        assertThat(badges).contains("周文博", "郑晓燕", "鲁成章", "温州市", "绍兴市", TITLE).doesNotContain("王候补");
        String tents = printed(link("print-table-tents"));
        assertThat(tents).contains("周文博", "郑晓燕", "鲁成章", "温州市", "绍兴市").doesNotContain("王候补");
        String sheets = printed(link("print-sign-in-sheets"));
        assertThat(sheets).contains("周文博", "郑晓燕", "鲁成章", "温州市", "绍兴市", "签名").doesNotContain("王候补");

        browser.selectByText(By.id("print-city"), "绍兴市（1 人）");
        for (String button : new String[] {"本城市代表证", "本城市桌签", "本城市签到表"}) {
            String oneCity = printed(submission(button));
            assertThat(oneCity).as(button).contains("鲁成章", "绍兴市").doesNotContain("周文博", "郑晓燕", "温州市", "王候补");
        }
    }

    private String link(String id) {
        return browser.find(By.id(id)).getAttribute("href");
    }

    /** The address the city form sends to when this button is pressed: its formaction, and the chosen city. */
    private String submission(String buttonText) {
        WebElement button = browser.find(By.xpath("//form[@id='print-city-form']//button[normalize-space()='" + buttonText + "']"));
        return (String) browser.driver().executeScript("""
                const button = arguments[0];
                const action = button.hasAttribute('formaction') ? button.formAction : button.form.action;
                return action + '?' + new URLSearchParams(new FormData(button.form)).toString();""", button);
    }

    /** Fetches the PDF in the page's session and answers its text, after checking that it is a PDF in embedded fonts. */
    private String printed(String url) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) browser.driver().executeAsyncScript(FETCH, url);
        assertThat(answer.get("status")).as(url).isEqualTo(200L);
        assertThat((String) answer.get("type")).as(url).startsWith("application/pdf");
        byte[] pdf = Base64.getDecoder().decode((String) answer.get("body"));
        assertThat(PdfContent.fonts(pdf)).as(url).isNotEmpty()
                .allSatisfy(font -> assertThat(font).extracting(FontUse::embedded, f -> f.name().contains("NotoSansSC"))
                        .containsExactly(true, true));
        return PdfContent.text(pdf);
    }
}
