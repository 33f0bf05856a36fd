package org.citybridge.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.platform.assets.Assets;
import org.citybridge.platform.pdf.QrCodes;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in page on a phone in Chromium: a badge read by a fake camera checks its delegate in and the big screen open
 * beside it rises without a reload; without a network, delegates found by name are checked in on the device, the page
 * reloads from its service worker with the queue kept, and the queue syncs once the network is back, counting once
 * however often it is sent; a refusal is shown in red with the server's reason; axe's WCAG 2 A/AA rules pass at a
 * phone's width, where every control is at least 44 px high. Yuxi (530400) and Tianshui (620500) send
 * the delegates.
 */
class CheckInBrowserTest extends BrowserJourney {

    private static final String WIDTH_PROBLEMS = "return Array.from(document.querySelectorAll('#check-in button, #check-in select, #check-in input'))"
            + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44).map(e => e.id || e.textContent)"
            + ".concat(document.documentElement.scrollWidth > window.innerWidth ? ['scrolls sideways'] : []);";

    @Autowired
    EventPlanning planning;
    @Autowired
    Assets assets;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    CheckInStaff staffing;
    @Autowired
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aBadgeHeldToTheCameraChecksInAndTheBigScreenRises() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long event = events.openEvent("扫码签到浏览器测试", 30, null);
        DelegationView yuxi = events.register(EventTesting.staff(), event, "530400", EventTesting.delegation("玉溪甲", "玉溪乙"));
        String desk = deskFor(event);
        Path camera = fakeCamera(codes.issue(event, EventTesting.named(yuxi, "玉溪甲").id()));
        openBrowser(List.of("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + camera));
        signIn(desk, Fixtures.PASSWORD);

        browser.open("/events/" + event + "/screen");
        browser.waitForText(By.id("screen-status"), "实时更新中");
        assertThat(browser.text(By.id("checked-in"))).isEqualTo("0");
        String screen = browser.driver().getWindowHandle();
        browser.driver().executeScript("window.stillTheSamePage = true;");

        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/events/" + event + "/check-in");
        browser.waitForText(By.id("list-status"), "名单（2 人）");
        browser.click(By.id("camera-toggle"));
        browser.waitForText(By.id("check-in-answer-heading"), "已签到：玉溪甲（玉溪市）");
        assertThat(browser.text(By.id("camera-toggle"))).isEqualTo("关闭摄像头");

        browser.driver().switchTo().window(screen);
        browser.waitForText(By.id("checked-in"), "1");
        assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);

        // the badge stayed in front of the camera all along: read again and again, it was sent once
        browser.driver().switchTo().window(browser.driver().getWindowHandles().stream().filter(h -> !h.equals(screen)).findFirst().orElseThrow());
        assertThat(browser.text(By.id("check-in-answer-heading"))).isEqualTo("已签到：玉溪甲（玉溪市）");
        assertThat(browser.driver().executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/check-in/scans')).length;")).isEqualTo(1L);
        assertThat(checkIns(event)).isEqualTo(1);
    }

    @Test
    void withoutANetworkCheckInsWaitOnThePhoneAndSyncOnce() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long event = events.openEvent("断网签到浏览器测试", 30, null);
        events.register(EventTesting.staff(), event, "620500", EventTesting.delegation("天水甲", "天水乙", "天水丙"));
        String desk = deskFor(event);
        try (NetworkSwitch network = new NetworkSwitch(port)) {
            openBrowser(network.chromiumArguments());
            signIn(desk, Fixtures.PASSWORD);
            String page = "/events/" + event + "/check-in";
            browser.open(page);
            browser.waitForText(By.id("list-status"), "名单（3 人）已保存在本设备");
            browser.find(By.id("offline-ready"));
            assertThat(network.relayed()).isPositive();
            assertThat(keptAssets()).contains(assets.of("/css/app.css"), assets.of("/js/check-in.js"));

            // an earlier release's asset, kept before an update, goes once the page has kept this release's
            browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "caches.open('citybridge-check-in-1').then(kept => kept.put('/assets/000000000000/css/app.css', new Response('old')))"
                    + ".then(() => done());");
            assertThat(keptAssets()).contains("/assets/000000000000/css/app.css");
            browser.open(page);
            browser.find(By.id("offline-ready"));
            assertThat(keptAssets()).contains(assets.of("/css/app.css")).doesNotContain("/assets/000000000000/css/app.css");

            network.cut();
            offline(true);
            checkInByName("天水甲");
            browser.waitForText(By.id("check-in-answer-heading"), "已签到（待同步）：天水甲（天水市）");
            checkInByName("天水乙");
            browser.waitForText(By.id("check-in-answer-heading"), "已签到（待同步）：天水乙（天水市）");
            browser.waitForText(By.id("sync-count"), "待同步 2 条");
            checkInByName("天水甲");
            browser.waitForText(By.id("check-in-answer-heading"), "天水甲（天水市）已于 ");
            assertThat(browser.text(By.id("sync-count"))).isEqualTo("待同步 2 条");

            browser.driver().executeScript("window.stillTheSamePage = true;");
            browser.driver().navigate().refresh();
            browser.waitForText(By.id("sync-count"), "待同步 2 条");
            assertThat(browser.driver().executeScript("return window.stillTheSamePage === undefined;")).isEqualTo(true);
            browser.waitForText(By.id("list-status"), "无法更新名单");
            browser.type(By.id("check-in-search"), "天水");
            browser.waitForText(By.id("check-in-found"), "找到 3 人");
            assertThat(checkIns(event)).isZero();
            Object queue = browser.driver().executeScript("return localStorage.getItem('citybridge.check-in.queue." + event + "');");

            network.restore();
            offline(false);
            browser.waitForText(By.id("sync-count"), "待同步 0 条");
            browser.waitForText(By.id("sync-message"), "已同步 2 条。");
            assertThat(checkIns(event)).isEqualTo(2);

            // the same queue sent again, as when the answer to a sync was lost: the server counts each scan once
            browser.driver().executeScript("localStorage.setItem('citybridge.check-in.queue." + event + "', arguments[0]);", queue);
            browser.driver().navigate().refresh();
            browser.waitForText(By.id("sync-message"), "已同步 2 条。");
            browser.waitForText(By.id("sync-count"), "待同步 0 条");
            assertThat(checkIns(event)).isEqualTo(2);
        }
    }

    @Test
    void thePagePassesAxeAtAPhonesWidthWithBigTargets() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long event = events.openEvent("签到页面无障碍测试", 30, null);
        DelegationView yuxi = events.register(EventTesting.staff(), event, "530400", EventTesting.delegation("玉溪丙", "玉溪丁"));
        String desk = deskFor(event);
        openBrowser();
        signIn(desk, Fixtures.PASSWORD);
        browser.resize(360, 740);

        List<String> violations = new ArrayList<>(axe("/events/" + event + "/check-in"));
        browser.waitForText(By.id("list-status"), "名单（2 人）");
        browser.type(By.id("check-in-search"), "玉溪");
        browser.waitForText(By.id("check-in-found"), "找到 2 人");
        checkInByName("玉溪丙");
        browser.waitForText(By.id("check-in-answer-heading"), "已签到：玉溪丙（玉溪市）");
        violations.addAll(axeAsShown("check-in page with an answer and hits"));

        // cancelled after the list was kept: the server refuses, and the page says why in red
        EventTesting.as(EventTesting.staff(), () -> registering.cancel(event, "530400", EventTesting.named(yuxi, "玉溪丁").id()));
        checkInByName("玉溪丁");
        browser.waitForText(By.id("check-in-answer-heading"), "已取消报名");
        assertThat(browser.find(By.id("check-in-answer")).getAttribute("class")).contains("alert-danger");
        assertThat(browser.text(By.id("check-in-answer-detail"))).isEqualTo("玉溪丁（玉溪市）已取消报名，不能签到。");
        violations.addAll(axeAsShown("check-in page with a refusal"));
        assertThat(violations).isEmpty();
        assertThat(browser.driver().executeScript(WIDTH_PROBLEMS)).asList().isEmpty();
    }

    private String deskFor(long event) {
        String desk = fixtures.account(Role.CHECKIN);
        fixtures.asAdmin(() -> {
            staffing.grant(event, desk);
            return null;
        });
        return desk;
    }

    private void checkInByName(String name) {
        browser.type(By.id("check-in-search"), name);
        browser.click(By.cssSelector("#check-in-results button[aria-label^='为" + name + "']"));
    }

    /** The paths of the assets the check-in page's service worker keeps. */
    @SuppressWarnings("unchecked")
    private List<String> keptAssets() {
        return (List<String>) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "caches.open('citybridge-check-in-1').then(kept => kept.keys())"
                + ".then(requests => done(requests.map(request => new URL(request.url).pathname)));");
    }

    /** What the browser believes of its network: navigator.onLine and the online and offline events. */
    private void offline(boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private long checkIns(long event) {
        return jdbc.sql("SELECT count(*) FROM event_check_in WHERE event_id = :event").param("event", event).query(Long.class).single();
    }

    /**
     * A video file for Chromium's fake camera showing the QR code of {@code text}: a few frames of 640×480 YUV 4:2:0
     * (Y4M), black modules on white, so luma alone draws it and both chroma planes are neutral.
     */
    private static Path fakeCamera(String text) throws IOException {
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 8)));
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = frame.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 640, 480);
        graphics.drawImage(code, (640 - code.getWidth()) / 2, (480 - code.getHeight()) / 2, null);
        graphics.dispose();
        byte[] luma = new byte[640 * 480];
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int rgb = frame.getRGB(x, y);
                luma[y * 640 + x] = (byte) Math.round(0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff));
            }
        }
        byte[] chroma = new byte[320 * 240];
        Arrays.fill(chroma, (byte) 128);
        Path file = Files.createTempFile("citybridge-badge", ".y4m");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 5; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return file;
    }
}
