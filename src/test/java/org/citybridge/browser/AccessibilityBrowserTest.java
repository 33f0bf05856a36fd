package org.citybridge.browser;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.citybridge.portal.PortalTesting;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core's WCAG 2 A/AA rules on the public site and the back office, as readers and staff see them. */
class AccessibilityBrowserTest extends BrowserJourney {

    private static final List<String> WCAG_2_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    ApplicationContext context;

    @Test
    void publicAndBackOfficePagesPassAxe() throws Exception {
        long article = PortalTesting.publish(context, "无障碍检查示例", "<p>第一段</p><p>第二段</p>");
        openBrowser();
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/", "/article/" + article + ".html", "/search?q=无障碍", "/login", "/no-such-page")) {
            violations.addAll(check(path));
        }
        signIn("admin", ADMIN_PASSWORD);
        for (String path : List.of("/admin", "/admin/cities", "/admin/circulars", "/admin/circulars/new", "/admin/tasks",
                "/admin/submissions/review", "/admin/users", "/admin/portal/articles")) {
            violations.addAll(check(path));
        }
        assertThat(violations).isEmpty();
    }

    private List<String> check(String path) {
        browser.open(path);
        browser.find(By.tagName("main"));
        Results results = new AxeBuilder().withTags(WCAG_2_A_AA).analyze(browser.driver());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(path + ": " + rule.getId() + " (" + rule.getNodes().size() + "): "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
        }
        return found;
    }
}
