package org.citybridge.events;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.citybridge.directory.Gender;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegateRole;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.Diet;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventDraft.GroupEntry;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.Lodging;
import org.citybridge.events.domain.LodgingPlan;
import org.citybridge.events.domain.LodgingPlan.RoomPlan;
import org.citybridge.events.domain.LodgingPlanning;
import org.citybridge.events.domain.Pairing;
import org.citybridge.events.domain.SessionKind;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's logistics through the pages, the services and the database: lodging (room blocks, the automatic
 * allocation, moves by hand kept when it runs again, the unallocated), pickups, site-visit groups, diets per meal and
 * the xlsx exports read back with POI. Kunming (530100) and Qujing (530300) are in Yunnan, Nanning (450100) in Guangxi.
 */
@IntegrationTest
class EventLogisticsTests {

    private static final String KUNMING = "530100";
    private static final String QUJING = "530300";
    private static final String NANNING = "450100";
    private static final AtomicInteger MOBILES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    EventQueries queries;
    @Autowired
    LodgingPlanning lodging;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private static String staff;
    private static String liaison;
    private static String coordinator;

    @BeforeEach
    void accounts() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff != null) {
            return;
        }
        fixtures.member(KUNMING, QUJING, NANNING);
        staff = fixtures.account(Role.STAFF);
        liaison = fixtures.account(Role.LIAISON, KUNMING, null, events.liaison(KUNMING).personId());
        coordinator = fixtures.account(Role.PROVINCE, null, "530000", null);
    }

    private Cookie as(String user) throws Exception {
        return Sessions.login(mvc, user, Fixtures.PASSWORD);
    }

    /** A conference with a lunch on its first day, a dinner on its second, and two site-visit groups; open. */
    private EventView conference(String title) {
        LocalDate first = events.firstDay();
        EventDraft draft = new EventDraft(EventKind.ANNUAL_CONFERENCE, title, KUNMING, first, first.plusDays(2), null,
                clock.instant().plus(Duration.ofDays(20)), 50, null, "",
                List.of(new EventDraft.VenueEntry(null, "昆明滇池国际会展中心", "昆明市官渡区")),
                List.of(new SessionEntry(null, first, LocalTime.of(9, 0), LocalTime.of(11, 30), "全体会议", SessionKind.PLENARY, "", "", false, null),
                        new SessionEntry(null, first, LocalTime.of(12, 0), LocalTime.of(13, 0), "第一天午餐", SessionKind.MEAL, "自助餐厅", "", false, null),
                        new SessionEntry(null, first.plusDays(1), LocalTime.of(18, 0), LocalTime.of(19, 30), "第二天晚餐", SessionKind.MEAL, "宴会厅", "", false, null)),
                List.of(new GroupEntry(null, "第一组：滇池", "云A·10001", 5), new GroupEntry(null, "第二组：石林", "云A·10002", 2)));
        long id = fixtures.asAdmin(() -> {
            long created = planning.create(draft);
            planning.changeStatus(created, EventStatus.OPEN);
            return created;
        });
        return fixtures.asAdmin(() -> queries.event(id));
    }

    private record Trip(LocalDate date, LocalTime time, String number, String station) {
        static final Trip NONE = new Trip(null, null, null, null);
    }

    private static DelegateEntry delegate(String name, Gender gender, Lodging lodging, Diet diet, Trip arrival, Trip departure, Long group) {
        return new DelegateEntry(null, name, gender, "联络员", name.substring(0, 1) + "市人民政府办公室", String.format("137%08d", MOBILES.incrementAndGet()),
                diet, diet == Diet.OTHER ? "不吃辣" : null, DelegateRole.DELEGATE, arrival.date(), arrival.time(), arrival.number(), arrival.station(),
                departure.date(), departure.time(), departure.number(), departure.station(), lodging, group, List.of());
    }

    /** Nine delegates of three cities; Zhou Jie needs no room and Sun Li's single room is one too many. */
    private EventView registered(String title) {
        EventView event = conference(title);
        LocalDate first = event.startsOn();
        long lake = event.visitGroups().get(0).id();
        long forest = event.visitGroups().get(1).id();
        Trip home = new Trip(first.plusDays(2), LocalTime.of(17, 0), "MU5701", "长水机场");
        Trip homeLater = new Trip(first.plusDays(2), LocalTime.of(17, 30), "MU5703", "长水机场");
        events.register(EventTesting.staff(), event.id(), KUNMING, new DelegationEntry(null, List.of(
                delegate("张伟", Gender.MALE, Lodging.SHARED, Diet.HALAL, new Trip(first.minusDays(1), LocalTime.of(14, 20), "G2871", "昆明南站"), home, lake),
                delegate("李强", Gender.MALE, Lodging.SHARED, Diet.NONE, new Trip(first.minusDays(1), LocalTime.of(14, 50), "G1371", "昆明南站"), homeLater, lake),
                delegate("王芳", Gender.FEMALE, Lodging.SINGLE, Diet.VEGETARIAN, new Trip(first, LocalTime.of(12, 30), "MU5802", "长水机场"), Trip.NONE, forest),
                delegate("赵敏", Gender.FEMALE, Lodging.SHARED, Diet.OTHER, Trip.NONE, Trip.NONE, forest))));
        events.register(EventTesting.staff(), event.id(), QUJING, new DelegationEntry(null, List.of(
                delegate("刘洋", Gender.MALE, Lodging.SHARED, Diet.NONE, new Trip(first.minusDays(1), LocalTime.of(15, 10), "K9603", "昆明站"), Trip.NONE, lake),
                delegate("陈静", Gender.FEMALE, Lodging.SHARED, Diet.NONE, Trip.NONE, Trip.NONE, null),
                delegate("孙丽", Gender.FEMALE, Lodging.SINGLE, Diet.NONE, Trip.NONE, Trip.NONE, null))));
        events.register(EventTesting.staff(), event.id(), NANNING, new DelegationEntry(null, List.of(
                delegate("黄磊", Gender.MALE, Lodging.SHARED, Diet.NONE, Trip.NONE, Trip.NONE, null),
                delegate("周杰", Gender.MALE, Lodging.NONE, Diet.HALAL, Trip.NONE, Trip.NONE, null))));
        return event;
    }

    private long delegateId(long eventId, String name) {
        return jdbc.sql("SELECT id FROM event_delegate WHERE event_id = :event AND name = :name")
                .param("event", eventId).param("name", name).query(Long.class).single();
    }

    private LodgingPlan plan(long eventId) {
        return fixtures.asAdmin(() -> lodging.plan(eventId));
    }

    /** Who sleeps in each room (by province, city and registration), by hotel and number: "春城饭店 1" → [张伟, 李强]. */
    private static Map<String, List<String>> rooms(LodgingPlan plan) {
        Map<String, List<String>> rooms = new LinkedHashMap<>();
        for (RoomPlan room : plan.rooms()) {
            rooms.put(room.hotel() + " " + room.number(), room.lodgers().stream().map(l -> l.name()).toList());
        }
        return rooms;
    }

    private long placements(long eventId) {
        return events.count("SELECT count(*) FROM event_room_placement p JOIN event_delegate d ON d.id = p.delegate_id WHERE d.event_id = ?", eventId);
    }

    private void addBlock(Cookie session, long eventId, String hotel, String type, String rooms) throws Exception {
        LocalDate first = events.firstDay();
        mvc.perform(post("/admin/events/" + eventId + "/logistics/lodging/blocks").with(csrf()).cookie(session)
                        .param("hotel", hotel).param("address", "昆明市五华区").param("roomType", type).param("rooms", rooms)
                        .param("checkIn", first.minusDays(1).toString()).param("checkOut", first.plusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void roomsAreAllocatedByGenderCityAndProvinceAndWhoHasNoRoomIsListed() throws Exception {
        EventView event = registered("昆明联络员工作会议");
        long id = event.id();
        Cookie session = as(staff);
        String lodgingPage = "/admin/events/" + id + "/logistics/lodging";
        mvc.perform(post(lodgingPage + "/blocks").with(csrf()).cookie(session).param("hotel", " ").param("roomType", "TWIN")
                        .param("rooms", "很多").param("checkIn", events.firstDay().toString()).param("checkOut", events.firstDay().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("blockForm", "hotel", "validation.required"))
                .andExpect(model().attributeHasFieldErrorCode("blockForm", "checkOut", "event.lodging.error.checkOutBeforeCheckIn"))
                .andExpect(model().attributeHasFieldErrors("blockForm", "rooms"))
                .andExpect(content().string(allOf(containsString("请填写整数。"), containsString("退房日期须晚于入住日期。"),
                        containsString("value=\"" + events.firstDay() + "\""))));
        assertThat(events.count("SELECT count(*) FROM event_room_block WHERE event_id = ?", id)).isZero();

        addBlock(session, id, "春城饭店", "TWIN", "3");
        addBlock(session, id, "翠湖宾馆", "SINGLE", "1");
        mvc.perform(post(lodgingPage + "/allocate").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());

        LodgingPlan plan = plan(id);
        // men of Kunming together; Kunming's and Qujing's women (Yunnan); Nanning's and Qujing's men (only their gender)
        assertThat(rooms(plan)).containsExactly(Map.entry("春城饭店 1", List.of("张伟", "李强")), Map.entry("春城饭店 2", List.of("赵敏", "陈静")),
                Map.entry("春城饭店 3", List.of("黄磊", "刘洋")), Map.entry("翠湖宾馆 1", List.of("王芳")));
        assertThat(plan.rooms()).extracting(RoomPlan::pairing)
                .containsExactly(Pairing.SAME_CITY, Pairing.SAME_PROVINCE, Pairing.SAME_GENDER, Pairing.ALONE);
        assertThat(plan.unallocated()).extracting(l -> l.name()).containsExactly("孙丽");
        assertThat(plan.lodgers()).isEqualTo(8);

        mvc.perform(get(lodgingPage).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("需住宿 8 人"), containsString("同城市合住"), containsString("同省份合住"),
                        containsString("同性别合住"), containsString("未安排（1 人）"), containsString("孙丽"), not(containsString("周杰")))));
    }

    @Test
    void movesByHandAreCheckedAndKeptWhenTheAllocationRunsAgain() throws Exception {
        EventView event = registered("曲靖培训班");
        long id = event.id();
        Cookie session = as(staff);
        addBlock(session, id, "春城饭店", "TWIN", "3");
        addBlock(session, id, "翠湖宾馆", "SINGLE", "1");
        fixtures.asAdmin(() -> lodging.allocate(id));
        String person = "/admin/events/" + id + "/logistics/lodging/delegates/";
        long liu = delegateId(id, "刘洋");
        long li = delegateId(id, "李强");
        long huang = delegateId(id, "黄磊");
        long zhao = delegateId(id, "赵敏");
        long sun = delegateId(id, "孙丽");
        String twin1 = plan(id).rooms().get(0).key();
        String twin3 = plan(id).rooms().get(2).key();

        mvc.perform(get(person + liu).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("住宿调整：刘洋"), containsString("黄磊（南宁市）"),
                        containsString("李强（昆明市）"), not(containsString("赵敏（昆明市）")))));
        mvc.perform(post(person + liu + "/swap").with(csrf()).cookie(session).param("other", String.valueOf(li)))
                .andExpect(status().is3xxRedirection());
        assertThat(rooms(plan(id))).containsEntry("春城饭店 1", List.of("张伟", "刘洋")).containsEntry("春城饭店 3", List.of("黄磊", "李强"));

        mvc.perform(post(person + sun + "/move").with(csrf()).cookie(session).param("room", twin1))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("placementForm", "room", "event.lodging.error.full"))
                .andExpect(content().string(containsString("该房间已满。")));
        mvc.perform(post(person + huang + "/release").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(post(person + zhao + "/move").with(csrf()).cookie(session).param("room", twin3))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("placementForm", "room", "event.lodging.error.mixedGender"))
                .andExpect(content().string(containsString("合住房间不能安排异性。")));
        mvc.perform(post(person + sun + "/move").with(csrf()).cookie(session).param("room", twin3))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("placementForm", "room", "event.lodging.error.mixedGender"));
        mvc.perform(post(person + zhao + "/move").with(csrf()).cookie(session).param("room", "9999-1"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("placementForm", "room", "event.lodging.error.unknownRoom"));
        mvc.perform(post(person + zhao + "/swap").with(csrf()).cookie(session).param("other", "x"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("placementForm", "other"));
        mvc.perform(post(person + zhao + "/swap").with(csrf()).cookie(session).param("other", String.valueOf(huang)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("placementForm", "other", "event.lodging.error.otherNotPlaced"));
        assertThat(rooms(plan(id))).containsEntry("春城饭店 2", List.of("赵敏", "陈静")).containsEntry("春城饭店 3", List.of("李强"));

        // the automatic allocation runs again: Liu Yang and Li Qiang stay where they were put by hand; Liu Yang gets
        // Zhang Wei (Yunnan) rather than Huang Lei (Guangxi), who goes to Li Qiang
        fixtures.asAdmin(() -> lodging.allocate(id));
        LodgingPlan again = plan(id);
        assertThat(rooms(again)).containsEntry("春城饭店 1", List.of("张伟", "刘洋")).containsEntry("春城饭店 3", List.of("黄磊", "李强"))
                .containsEntry("春城饭店 2", List.of("赵敏", "陈静"));
        assertThat(again.roomOf(liu).orElseThrow().occupants()).filteredOn(o -> o.lodger().id() == liu).allMatch(o -> o.manual());
        assertThat(jdbc.sql("SELECT manual FROM event_room_placement WHERE delegate_id = :id").param("id", li).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT manual FROM event_room_placement WHERE delegate_id = :id").param("id", huang).query(Boolean.class).single()).isFalse();

        // a delegate who cancels leaves the plan; another event's delegate is unknown here
        Actor kunming = EventTesting.staff();
        var delegation = EventTesting.as(kunming, () -> queries.delegation(id, KUNMING));
        EventTesting.as(kunming, () -> registering.cancel(id, KUNMING, EventTesting.named(delegation, "张伟").id()));
        assertThat(rooms(plan(id))).containsEntry("春城饭店 1", List.of("刘洋"));
        long otherEvent = registered("另一会议").id();
        mvc.perform(get(person + delegateId(otherEvent, "刘洋")).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(post(person + delegateId(otherEvent, "刘洋") + "/move").with(csrf()).cookie(session).param("room", twin1))
                .andExpect(status().isNotFound());
        mvc.perform(get(person + delegateId(id, "周杰")).cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void aBlockKeepsTheRoomsPeopleSleepInAndAHeldEventsLodgingNoLongerChanges() throws Exception {
        EventView event = registered("玉溪座谈会");
        long id = event.id();
        Cookie session = as(staff);
        addBlock(session, id, "春城饭店", "TWIN", "3");
        fixtures.asAdmin(() -> lodging.allocate(id));
        long block = plan(id).blocks().get(0).block().id();
        String blockPage = "/admin/events/" + id + "/logistics/lodging/blocks/" + block;
        mvc.perform(get(blockPage).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已安排的 6 人将变为未安排")));
        LocalDate first = events.firstDay();
        mvc.perform(post(blockPage).with(csrf()).cookie(session).param("hotel", "春城饭店").param("roomType", "SINGLE").param("rooms", "2")
                        .param("checkIn", first.minusDays(1).toString()).param("checkOut", first.plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("blockForm", "rooms", "event.lodging.error.roomsBelowTaken"))
                .andExpect(model().attributeHasFieldErrorCode("blockForm", "roomType", "event.lodging.error.sharedRoomsTaken"));
        mvc.perform(post(blockPage + "/remove").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());
        assertThat(placements(id)).isZero();
        assertThat(plan(id).unallocated()).hasSize(8);

        fixtures.asAdmin(() -> {
            planning.changeStatus(id, EventStatus.CLOSED);
            return planning.changeStatus(id, EventStatus.HELD);
        });
        assertThatThrownBy(() -> fixtures.asAdmin(() -> lodging.allocate(id))).isInstanceOf(RuleViolation.class)
                .hasMessage("event.error.notEditable");
    }

    @Test
    void pickupsGroupArrivalsByStationAndHourAndThePlanReadsBackFromItsWorkbook() throws Exception {
        EventView event = registered("接站测试会议");
        long id = event.id();
        Cookie session = as(staff);
        LocalDate eve = event.startsOn().minusDays(1);
        mvc.perform(get("/admin/events/" + id + "/logistics").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("需住宿 8 人，已安排 0 人，未安排 8 人"),
                        containsString("接站 4 人（3 个时段），送站 2 人"), containsString("2 个分组，余 2 座"), containsString("2 餐"),
                        containsString("/admin/events/" + id + "/exports/pickups.xlsx"))));
        mvc.perform(get("/admin/events/" + id).cookie(session)).andExpect(content().string(containsString("id=\"logistics-link\"")));
        mvc.perform(get("/admin/events/" + id + "/logistics/pickups").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("14:00–14:59"), containsString("昆明南站"), containsString("G2871"),
                        containsString("未填写抵达日期（5 人）"), containsString("长水机场"))));

        Map<String, List<List<String>>> book = workbook(mvc.perform(get("/admin/events/" + id + "/exports/pickups.xlsx").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(book).containsOnlyKeys("接站", "送站", "行程未填");
        List<List<String>> arrivals = book.get("接站");
        assertThat(arrivals.get(0)).containsExactly("日期", "时段", "机场/车站", "本时段人数", "时间", "航班/车次", "姓名", "性别", "城市", "手机");
        assertThat(arrivals.subList(1, arrivals.size())).extracting(r -> String.join("|", r.subList(0, 7))).containsExactly(
                eve + "|14:00–14:59|昆明南站|2|14:20|G2871|张伟", eve + "|14:00–14:59|昆明南站|2|14:50|G1371|李强",
                eve + "|15:00–15:59|昆明站|1|15:10|K9603|刘洋", event.startsOn() + "|12:00–12:59|长水机场|1|12:30|MU5802|王芳");
        assertThat(book.get("送站")).hasSize(3);
        assertThat(book.get("行程未填")).hasSize(1 + 5 + 7);
    }

    @Test
    void groupsShowTheirMembersAndSeatsLeftAndEachMealItsDiets() throws Exception {
        EventView event = registered("分组用餐测试会议");
        long id = event.id();
        Cookie session = as(staff);
        mvc.perform(get("/admin/events/" + id + "/logistics/groups").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第一组：滇池（云A·10001）"), containsString("已选 3 / 5，余 2 座"),
                        containsString("已选 2 / 2，余 0 座"), containsString("未选择考察分组的已报名人员（4 人）"))));
        String meals = mvc.perform(get("/admin/events/" + id + "/logistics/meals").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // lunch: Wang Fang arrives at 12:30, after it begins; dinner: everybody
        assertThat(meals).containsPattern("第一天午餐</th>\\s*<td>自助餐厅</td>\\s*<td class=\"attending\">8</td>\\s*<td class=\"halal\">2</td>"
                + "\\s*<td class=\"vegetarian\">0</td>\\s*<td class=\"other\">1</td>");
        assertThat(meals).containsPattern("第二天晚餐</th>\\s*<td>宴会厅</td>\\s*<td class=\"attending\">9</td>\\s*<td class=\"halal\">2</td>"
                + "\\s*<td class=\"vegetarian\">1</td>");
        assertThat(meals).contains("赵敏（昆明市）：不吃辣");

        Map<String, List<List<String>>> book = workbook(mvc.perform(get("/admin/events/" + id + "/exports/groups.xlsx").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(book.get("考察分组").get(0)).containsExactly("考察分组", "车辆", "座位", "序号", "姓名", "性别", "城市", "单位", "职务", "手机", "状态");
        assertThat(book.get("考察分组").subList(1, 6)).extracting(r -> r.get(0) + "|" + r.get(2) + "|" + r.get(4)).containsExactly(
                "第一组：滇池|已选 3 / 5，余 2 座|张伟", "第一组：滇池|已选 3 / 5，余 2 座|李强", "第一组：滇池|已选 3 / 5，余 2 座|刘洋",
                "第二组：石林|已选 2 / 2，余 0 座|王芳", "第二组：石林|已选 2 / 2，余 0 座|赵敏");
        assertThat(book.get("未分组")).extracting(r -> r.get(0)).containsExactly("姓名", "黄磊", "周杰", "陈静", "孙丽");
    }

    @Test
    void theDelegateListAndLodgingPlanReadBackAndEachReaderGetsOnlyTheCitiesInScope() throws Exception {
        EventView event = registered("名单导出会议");
        long id = event.id();
        Cookie session = as(staff);
        addBlock(session, id, "春城饭店", "TWIN", "3");
        addBlock(session, id, "翠湖宾馆", "SINGLE", "1");
        fixtures.asAdmin(() -> lodging.allocate(id));
        String delegates = "/admin/events/" + id + "/exports/delegates.xlsx";

        var response = mvc.perform(get(delegates).cookie(session)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("UTF-8''");
        Map<String, List<List<String>>> all = workbook(response.getContentAsByteArray());
        List<List<String>> list = all.get("参会人员");
        assertThat(list.get(0)).containsExactly("序号", "省份", "城市", "姓名", "性别", "单位", "职务", "手机", "身份", "饮食", "抵达", "返程",
                "住宿", "考察分组", "状态");
        assertThat(list.subList(1, list.size())).extracting(r -> r.get(3)).containsExactly("黄磊", "周杰", "张伟", "李强", "王芳", "赵敏",
                "刘洋", "陈静", "孙丽");
        List<String> zhang = list.get(3);
        assertThat(zhang).containsSequence("张伟", "男", "张市人民政府办公室", "联络员");
        assertThat(zhang.subList(8, 15)).containsExactly("代表", "清真", event.startsOn().minusDays(1) + " 14:20 G2871 昆明南站",
                event.startsOn().plusDays(2) + " 17:00 MU5701 长水机场", "合住 · 春城饭店 双床房 1 号", "第一组：滇池", "已报名");
        assertThat(list.get(6).get(9)).isEqualTo("其他：不吃辣");
        assertThat(all.get("通讯录").get(0)).containsExactly("城市", "姓名", "单位", "职务", "手机", "住宿酒店及房间");

        assertThat(names(workbook(mvc.perform(get(delegates).cookie(as(liaison))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()))).containsExactly("张伟", "李强", "王芳", "赵敏");
        assertThat(names(workbook(mvc.perform(get(delegates).cookie(as(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()))).containsExactly("张伟", "李强", "王芳", "赵敏", "刘洋", "陈静", "孙丽");
        mvc.perform(get("/admin/events/" + id + "/exports/lodging.xlsx").cookie(as(liaison))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/events/" + id + "/logistics/lodging").cookie(as(coordinator))).andExpect(status().isForbidden());

        Map<String, List<List<String>>> plan = workbook(mvc.perform(get("/admin/events/" + id + "/exports/lodging.xlsx").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(plan.get("住宿安排").get(0)).containsExactly("酒店", "地址", "房型", "房号", "入住日期", "退房日期", "姓名", "性别", "城市", "手机",
                "同住依据", "安排方式");
        assertThat(plan.get("住宿安排").subList(1, 8)).extracting(r -> r.get(0) + " " + r.get(2) + " " + r.get(3) + " " + r.get(6) + " " + r.get(10))
                .containsExactly("春城饭店 双床房 1 张伟 同城市合住", "春城饭店 双床房 1 李强 同城市合住", "春城饭店 双床房 2 赵敏 同省份合住",
                        "春城饭店 双床房 2 陈静 同省份合住", "春城饭店 双床房 3 黄磊 同性别合住", "春城饭店 双床房 3 刘洋 同性别合住",
                        "翠湖宾馆 单间 1 王芳 一人入住");
        assertThat(plan.get("未安排")).extracting(r -> r.get(0)).containsExactly("姓名", "孙丽");
    }

    private static List<String> names(Map<String, List<List<String>>> book) {
        List<List<String>> rows = book.get("参会人员");
        return rows.subList(1, rows.size()).stream().map(r -> r.get(3)).toList();
    }

    /** Each sheet's rows of text, by sheet name; a row as wide as its header, blank cells as "". */
    private static Map<String, List<List<String>>> workbook(byte[] bytes) throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                int width = sheet.getRow(0).getLastCellNum();
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }
}
