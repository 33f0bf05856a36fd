package org.citybridge.browser;

import java.sql.Date;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quanzhou's liaison registers a delegation of three through the pages alone: finds the event in the events list,
 * fills in every detail of each delegate (the rows added by keyboard), is refused on two fields with nothing typed
 * lost (the problems listed at the top, each leading to its field), saves (the third waitlisted: two places), amends a train number, cancels one delegate after the page names
 * them, and sees the waitlisted one promoted; the database holds what was typed. The page passes axe's WCAG 2 A/AA
 * rules empty and refused.
 */
class DelegationBrowserTest extends BrowserJourney {

    private static final String TITLE = "泉州联络员报名演练会议";

    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private record Traveller(String name, String gender, String post, String unit, String mobile, String diet,
                             String arrivalTrip, String arrivalStation, String departureTrip, String departureStation,
                             String lodging, boolean lecture) {
    }

    private static final Traveller CHEN = new Traveller("陈明辉", "MALE", "副秘书长", "泉州市人民政府办公室", "13905950001", "HALAL",
            "G1601", "泉州站", "MF8102", "泉州晋江国际机场", "SINGLE", true);
    private static final Traveller LIN = new Traveller("林雅琴", "FEMALE", "处长", "泉州市人民政府驻京办事处", "13905950002", "VEGETARIAN",
            "D3135", "泉州站", "D3136", "泉州站", "SHARED", false);
    private static final Traveller HUANG = new Traveller("黄志强", "MALE", "科长", "泉州市人民政府办公室", "13905950003", "HALAL",
            "CA1809", "泉州晋江国际机场", "CA1810", "泉州晋江国际机场", "NONE", true);

    @Test
    void aLiaisonRegistersAmendsAndCancelsAndSeesTheWaitlistedPromoted() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        fixtures.member("350500");
        Actor quanzhou = events.liaison("350500");
        String liaison = fixtures.account(Role.LIAISON, "350500", null, quanzhou.personId());
        long event = events.openEvent(TITLE, 2, null);
        LocalDate arrival = events.firstDay().minusDays(1);
        LocalDate departure = events.firstDay().plusDays(2);
        openBrowser();
        List<String> violations = new ArrayList<>();

        signIn(liaison, Fixtures.PASSWORD);
        browser.click(By.id("nav-events"));
        browser.click(By.linkText(TITLE));
        browser.click(By.id("own-delegation"));
        browser.waitForText(By.tagName("h1"), "泉州市参会报名");
        assertThat(browser.currentUrl()).endsWith("/admin/events/" + event + "/delegations/350500");
        violations.addAll(axeAsShown("empty registration"));

        fill(0, CHEN, arrival, departure);
        addDelegateByKeyboard(1);
        fill(1, LIN, arrival, departure);
        addDelegateByKeyboard(2);
        fill(2, HUANG, arrival, departure);
        browser.type(By.id("delegates[2].name"), " ");
        browser.type(By.id("delegates[2].mobile"), "0595-2288");
        browser.click(By.id("save-delegation"));

        browser.waitForText(By.id("delegation-problems"), "报名名单未保存，请修改以下 2 处问题");
        assertThat(browser.text(By.id("delegation-problems"))).contains("参会人员 3 · 姓名：必填。", "参会人员 3 · 手机：手机号码格式不正确");
        browser.click(By.partialLinkText("参会人员 3 · 手机"));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("delegates[2].mobile");
        assertThat(browser.text(By.id("delegates[2].name-error"))).contains("必填");
        assertThat(browser.text(By.id("delegates[2].mobile-error"))).contains("手机号码格式不正确");
        assertThat(value("delegates[2].mobile")).isEqualTo("0595-2288");
        assertThat(browser.find(By.id("delegates[2].mobile")).getAttribute("aria-describedby")).isEqualTo("delegates[2].mobile-error");
        for (int row = 0; row < 3; row++) {
            keptAsTyped(row, List.of(CHEN, LIN, HUANG).get(row), arrival, departure, row != 2);
        }
        violations.addAll(axeAsShown("refused registration"));
        browser.screenshot("50-delegation-refused");

        browser.type(By.id("delegates[2].name"), HUANG.name());
        browser.type(By.id("delegates[2].mobile"), HUANG.mobile());
        browser.click(By.id("save-delegation"));
        browser.waitForText(By.tagName("main"), "报名名单已保存");
        assertThat(legend(0)).contains("已报名");
        assertThat(legend(1)).contains("已报名");
        assertThat(legend(2)).contains("候补", "候补第 1 位");

        browser.type(By.id("delegates[0].arrivalTrip"), "G1603");
        browser.click(By.id("save-delegation"));
        browser.waitForText(By.tagName("main"), "报名名单已保存");
        assertThat(value("delegates[0].arrivalTrip")).isEqualTo("G1603");

        browser.click(By.xpath("//button[normalize-space()='删除参会人员 2']"));
        browser.waitForText(By.id("left-out"), "保存后将取消以下人员的报名：林雅琴");
        browser.click(By.id("save-delegation"));
        browser.waitForText(By.id("cancelled"), "林雅琴");
        assertThat(value("delegates[1].name")).isEqualTo("黄志强");
        assertThat(legend(1)).contains("已报名").doesNotContain("候补");
        browser.screenshot("51-delegation-promoted");

        List<Map<String, Object>> saved = jdbc.sql("""
                        SELECT name, gender, post, unit, mobile, diet, role, arrival_date, arrival_time, arrival_trip, arrival_station,
                               departure_date, departure_time, departure_trip, departure_station, lodging, state, waitlist_position,
                               visit_group_id IS NOT NULL AS in_group,
                               (SELECT count(*) FROM event_delegate_session s WHERE s.delegate_id = d.id) AS sessions
                        FROM event_delegate d WHERE event_id = :event ORDER BY id""")
                .param("event", event).query().listOfRows();
        assertThat(saved).hasSize(3);
        assertSaved(saved.get(0), CHEN, "G1603", "REGISTERED", arrival, departure);
        assertSaved(saved.get(1), LIN, LIN.arrivalTrip(), "CANCELLED", arrival, departure);
        assertSaved(saved.get(2), HUANG, HUANG.arrivalTrip(), "REGISTERED", arrival, departure);
        assertThat(jdbc.sql("""
                        SELECT c.from_state || '>' || c.to_state FROM event_delegate_change c JOIN event_delegate d ON d.id = c.delegate_id
                        WHERE d.event_id = :event AND d.name = '黄志强' AND c.from_state IS NOT NULL""")
                .param("event", event).query(String.class).list()).containsExactly("WAITLISTED>REGISTERED");
        assertThat(violations).isEmpty();
    }

    /** Fills in every field of a delegate's row, as the liaison would. */
    private void fill(int row, Traveller t, LocalDate arrival, LocalDate departure) {
        String p = "delegates[" + row + "].";
        browser.type(By.id(p + "name"), t.name());
        browser.selectByValue(By.id(p + "gender"), t.gender());
        browser.type(By.id(p + "post"), t.post());
        browser.type(By.id(p + "unit"), t.unit());
        browser.type(By.id(p + "mobile"), t.mobile());
        browser.selectByValue(By.id(p + "diet"), t.diet());
        browser.selectByValue(By.id(p + "lodging"), t.lodging());
        browser.setValue(By.id(p + "arrivalDate"), arrival.toString());
        browser.setValue(By.id(p + "arrivalTime"), "15:30");
        browser.type(By.id(p + "arrivalTrip"), t.arrivalTrip());
        browser.type(By.id(p + "arrivalStation"), t.arrivalStation());
        browser.setValue(By.id(p + "departureDate"), departure.toString());
        browser.setValue(By.id(p + "departureTime"), "18:00");
        browser.type(By.id(p + "departureTrip"), t.departureTrip());
        browser.type(By.id(p + "departureStation"), t.departureStation());
        new Select(browser.find(By.id(p + "visitGroupId"))).selectByIndex(1);
        if (t.lecture()) {
            browser.click(lecture(row));
        }
    }

    /** Tabs from the last row's remove button to 添加参会人员 and presses Enter there: a new empty row appears. */
    private void addDelegateByKeyboard(int newRow) {
        browser.find(By.cssSelector("fieldset[data-row='" + (newRow - 1) + "'] button[name=action]")).sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("add-delegate");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.find(By.id("delegates[" + newRow + "].name"));
        assertThat(value("delegates[" + newRow + "].name")).isEmpty();
    }

    private void keptAsTyped(int row, Traveller t, LocalDate arrival, LocalDate departure, boolean nameAndMobile) {
        String p = "delegates[" + row + "].";
        if (nameAndMobile) {
            assertThat(value(p + "name")).isEqualTo(t.name());
            assertThat(value(p + "mobile")).isEqualTo(t.mobile());
        }
        assertThat(value(p + "gender")).isEqualTo(t.gender());
        assertThat(value(p + "post")).isEqualTo(t.post());
        assertThat(value(p + "unit")).isEqualTo(t.unit());
        assertThat(value(p + "diet")).isEqualTo(t.diet());
        assertThat(value(p + "lodging")).isEqualTo(t.lodging());
        assertThat(value(p + "arrivalDate")).isEqualTo(arrival.toString());
        assertThat(value(p + "arrivalTime")).isEqualTo("15:30");
        assertThat(value(p + "arrivalTrip")).isEqualTo(t.arrivalTrip());
        assertThat(value(p + "arrivalStation")).isEqualTo(t.arrivalStation());
        assertThat(value(p + "departureDate")).isEqualTo(departure.toString());
        assertThat(value(p + "departureTime")).isEqualTo("18:00");
        assertThat(value(p + "departureTrip")).isEqualTo(t.departureTrip());
        assertThat(value(p + "departureStation")).isEqualTo(t.departureStation());
        assertThat(value(p + "visitGroupId")).isNotEmpty();
        assertThat(browser.find(lecture(row)).isSelected()).isEqualTo(t.lecture());
    }

    private static void assertSaved(Map<String, Object> row, Traveller t, String arrivalTrip, String state, LocalDate arrival,
                                    LocalDate departure) {
        assertThat(row).containsEntry("name", t.name()).containsEntry("gender", t.gender()).containsEntry("post", t.post())
                .containsEntry("unit", t.unit()).containsEntry("mobile", t.mobile()).containsEntry("diet", t.diet())
                .containsEntry("role", "DELEGATE").containsEntry("arrival_date", Date.valueOf(arrival))
                .containsEntry("arrival_time", Time.valueOf("15:30:00")).containsEntry("arrival_trip", arrivalTrip)
                .containsEntry("arrival_station", t.arrivalStation()).containsEntry("departure_date", Date.valueOf(departure))
                .containsEntry("departure_time", Time.valueOf("18:00:00")).containsEntry("departure_trip", t.departureTrip())
                .containsEntry("departure_station", t.departureStation()).containsEntry("lodging", t.lodging())
                .containsEntry("state", state).containsEntry("in_group", true)
                .containsEntry("sessions", t.lecture() ? 1L : 0L);
        assertThat(row.get("waitlist_position")).isNull();
    }

    private static By lecture(int row) {
        return By.cssSelector("fieldset[data-row='" + row + "'] input[type=checkbox][name='delegates[" + row + "].sessionIds']");
    }

    private String legend(int row) {
        return browser.text(By.cssSelector("fieldset[data-row='" + row + "'] > legend"));
    }

    private String value(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }
}
