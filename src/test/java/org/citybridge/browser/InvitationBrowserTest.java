package org.citybridge.browser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat invites two Jilin cities to an open event from its page, the number reached shown live and confirmed
 * in a dialog; the board lists them; a supplementary invitation then reaches Siping only, Changchun (invited already)
 * left out; Changchun's liaison sees the invitation awaiting its reply in the inbox, opens the circular and goes on to
 * the city's registration.
 */
class InvitationBrowserTest extends BrowserJourney {

    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void staffInviteTwoCitiesAfterSeeingTheCountAndTheLiaisonGoesFromTheCircularToTheRegistration() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        fixtures.member("220100", "220200", "220300");
        Actor changchun = events.liaison("220100");
        String liaison = fixtures.account(Role.LIAISON, "220100", null, changchun.personId());
        long event = events.openEvent("吉林片区联络员座谈会", 40, 2);
        openBrowser();
        List<String> violations = new ArrayList<>();

        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/events/" + event);
        browser.click(By.id("write-invitation"));
        browser.type(By.id("invitation-docNumber"), "吉协〔2026〕5号");
        assertThat(browser.find(By.id("invitation-title")).getAttribute("value")).isEqualTo("关于参加“吉林片区联络员座谈会”的通知");
        browser.click(By.id("mode-PICKED"));
        browser.type(By.id("invitation-pickedCities"), "长春 吉林市");
        browser.waitForText(By.id("reach"), "将邀请 2 个城市");
        violations.addAll(axeAsShown("invitation form"));
        browser.screenshot("40-invitation-form");
        browser.click(By.id("issue-invitation"));
        browser.waitForText(By.id("confirm-invitation"), "将向上方所示的城市发出邀请通知");
        browser.click(By.id("confirm-invitation-yes"));
        browser.waitForText(By.id("invited-notice"), "已向 2 个城市发出邀请通知");
        assertThat(browser.text(By.id("board"))).contains("长春市", "吉林市", "未读");
        violations.addAll(axeAsShown("board"));
        browser.screenshot("41-invitation-board");

        browser.open("/admin/events/" + event);
        browser.click(By.id("write-supplementary"));
        assertThat(browser.text(By.id("earlier-invitations"))).contains("吉协〔2026〕5号");
        browser.type(By.id("invitation-docNumber"), "吉协〔2026〕6号");
        browser.click(By.id("mode-PICKED"));
        browser.type(By.id("invitation-pickedCities"), "长春 四平");
        browser.waitForText(By.id("reach"), "将邀请 1 个城市（另有 1 个所选城市已邀请过，不再重复邀请）");
        violations.addAll(axeAsShown("supplementary invitation form"));
        browser.click(By.id("issue-invitation"));
        browser.waitForText(By.id("confirm-invitation"), "将向上方所示的城市发出邀请通知");
        browser.click(By.id("confirm-invitation-yes"));
        browser.waitForText(By.id("invited-notice"), "已向 1 个城市发出邀请通知");
        assertThat(browser.text(By.id("already-invited-notice"))).contains("1 个城市未重复邀请");
        assertThat(browser.text(By.id("invitation-summary"))).contains("共 2 份邀请通知", "吉协〔2026〕6号", "补充邀请");
        assertThat(browser.text(By.id("board"))).contains("四平市");
        violations.addAll(axeAsShown("board with two invitations"));
        signOut();

        signIn(liaison, Fixtures.PASSWORD);
        browser.open("/admin/inbox");
        assertThat(browser.text(By.id("inbox"))).contains("待回执", "前往答复");
        violations.addAll(axeAsShown("inbox"));
        browser.click(By.linkText("关于参加“吉林片区联络员座谈会”的通知"));
        browser.waitForText(By.id("reply-elsewhere"), "答复方式");
        assertThat(browser.text(By.cssSelector(".circular-body"))).contains("请于", "/admin/events/" + event + "/delegation");
        browser.click(By.id("reply-link"));
        browser.waitForText(By.tagName("main"), "长春市");
        assertThat(browser.currentUrl()).endsWith("/admin/events/" + event + "/delegations/220100");
        assertThat(violations).isEmpty();
    }
}
