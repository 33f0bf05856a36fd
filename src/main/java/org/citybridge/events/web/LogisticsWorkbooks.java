package org.citybridge.events.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.Diet;
import org.citybridge.events.domain.GroupsPlan;
import org.citybridge.events.domain.GroupsPlan.GroupPlan;
import org.citybridge.events.domain.Lodger;
import org.citybridge.events.domain.LodgingPlan;
import org.citybridge.events.domain.LodgingPlan.BlockPlan;
import org.citybridge.events.domain.LodgingPlan.Occupant;
import org.citybridge.events.domain.LodgingPlan.RoomPlan;
import org.citybridge.events.domain.Participant;
import org.citybridge.events.domain.PickupPlan;
import org.citybridge.events.domain.PickupPlan.PickupSlot;
import org.citybridge.events.domain.PickupPlan.Trip;
import org.citybridge.platform.Dates;
import org.citybridge.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The secretariat's logistics as xlsx workbooks, headed in the user's language (Chinese first): the delegate list with
 * its address book, the lodging plan, the pickup plan and the site-visit groups. Every cell is text.
 */
@Component
class LogisticsWorkbooks {

    private static final int ROWS_KEPT_IN_MEMORY = 200;

    private final MessageSource messages;
    private final Dates dates;

    LogisticsWorkbooks(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** 参会人员 (every detail) and 通讯录 (who to call, and where they sleep). */
    byte[] delegates(List<Participant> participants) {
        List<List<String>> list = new ArrayList<>();
        List<List<String>> book = new ArrayList<>();
        int number = 1;
        for (Participant p : participants) {
            DelegateView d = p.delegate();
            list.add(List.of(String.valueOf(number++), p.provinceName(), p.cityName(), d.name(), text("gender." + d.gender().name()),
                    d.unit(), d.post(), d.mobile(), text("event.role." + d.role().name()), diet(d),
                    trip(d.arrivalDate(), d.arrivalTime(), d.arrivalTrip(), d.arrivalStation()),
                    trip(d.departureDate(), d.departureTime(), d.departureTrip(), d.departureStation()), lodging(p),
                    p.group() == null ? "" : p.group().name(), text("event.delegate.state." + d.state().name())));
            book.add(List.of(p.cityName(), d.name(), d.unit(), d.post(), d.mobile(), p.room() == null ? "" : room(p.room())));
        }
        return workbook(sheet("event.export.sheet.delegates", List.of("number", "province", "city", "name", "gender",
                        "unit", "post", "mobile", "role", "diet", "arrival", "departure", "lodging", "group", "state"), list),
                sheet("event.export.sheet.addressBook", List.of("city", "name", "unit", "post", "mobile", "room"), book));
    }

    /** 住宿安排 (every room, empty ones too, one row per occupant) and 未安排. */
    byte[] lodging(LodgingPlan plan) {
        List<List<String>> rooms = new ArrayList<>();
        for (BlockPlan block : plan.blocks()) {
            for (RoomPlan room : block.rooms()) {
                List<String> where = List.of(block.block().hotel(), block.block().address(),
                        text("event.lodging.roomType." + room.type().name()), String.valueOf(room.number()),
                        dates.format(block.block().checkIn()), dates.format(block.block().checkOut()));
                String pairing = text("event.lodging.pairing." + room.pairing().name());
                if (room.occupants().isEmpty()) {
                    rooms.add(concat(where, List.of("", "", "", "", pairing, "")));
                }
                for (Occupant occupant : room.occupants()) {
                    Lodger l = occupant.lodger();
                    rooms.add(concat(where, List.of(l.name(), text("gender." + l.gender().name()), l.cityName(), l.mobile(), pairing,
                            text(occupant.manual() ? "event.lodging.manual" : "event.lodging.automatic"))));
                }
            }
        }
        List<List<String>> unallocated = plan.unallocated().stream().map(l -> List.of(l.name(), text("gender." + l.gender().name()),
                l.provinceName(), l.cityName(), text("event.lodging." + l.lodging().name()), l.mobile())).toList();
        return workbook(sheet("event.export.sheet.lodging", List.of("hotel", "address", "roomType", "roomNumber",
                        "checkIn", "checkOut", "name", "gender", "city", "mobile", "pairing", "placedBy"), rooms),
                sheet("event.export.sheet.unallocated", List.of("name", "gender", "province", "city", "lodgingNeed", "mobile"),
                        unallocated));
    }

    /** 接站 and 送站, one row per delegate grouped by day, hour and place; 行程未填 for those without a date. */
    byte[] pickups(PickupPlan plan) {
        List<String> columns = List.of("date", "hours", "station", "slotCount", "time", "tripNumber", "name", "gender", "city", "mobile");
        List<List<String>> unknown = new ArrayList<>();
        plan.arrivalsUnknown().forEach(p -> unknown.add(unknownTrip("event.export.arrival", p)));
        plan.departuresUnknown().forEach(p -> unknown.add(unknownTrip("event.export.departure", p)));
        return workbook(sheet("event.export.sheet.arrivals", columns, slots(plan.arrivals())),
                sheet("event.export.sheet.departures", columns, slots(plan.departures())),
                sheet("event.export.sheet.tripsUnknown", List.of("direction", "name", "city", "mobile"), unknown));
    }

    /** 考察分组: every group's members with its bus and seats; 未分组: the registered who joined none. */
    byte[] groups(GroupsPlan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupPlan group : plan.groups()) {
            String seats = text("event.logistics.seats", group.group().taken(), group.group().capacity(), group.seatsLeft());
            int number = 1;
            for (Participant p : group.members()) {
                DelegateView d = p.delegate();
                rows.add(List.of(group.group().name(), group.group().bus(), seats, String.valueOf(number++), d.name(),
                        text("gender." + d.gender().name()), p.cityName(), d.unit(), d.post(), d.mobile(),
                        text("event.delegate.state." + d.state().name())));
            }
            if (group.members().isEmpty()) {
                rows.add(List.of(group.group().name(), group.group().bus(), seats, "", "", "", "", "", "", "", ""));
            }
        }
        List<List<String>> without = plan.withoutGroup().stream().map(p -> List.of(p.delegate().name(), p.cityName(),
                p.delegate().mobile())).toList();
        return workbook(sheet("event.export.sheet.groups", List.of("group", "bus", "seats", "number", "name", "gender",
                        "city", "unit", "post", "mobile", "state"), rows),
                sheet("event.export.sheet.withoutGroup", List.of("name", "city", "mobile"), without));
    }

    private List<List<String>> slots(List<PickupSlot> slots) {
        List<List<String>> rows = new ArrayList<>();
        for (PickupSlot slot : slots) {
            for (Trip trip : slot.trips()) {
                Participant p = trip.participant();
                rows.add(List.of(dates.format(slot.date()), slot.hours() == null ? text("event.pickup.noTime") : slot.hours(),
                        slot.station().isEmpty() ? text("event.pickup.noStation") : slot.station(), String.valueOf(slot.count()),
                        time(trip.time()), trip.number(), p.delegate().name(), text("gender." + p.delegate().gender().name()),
                        p.cityName(), p.delegate().mobile()));
            }
        }
        return rows;
    }

    private List<String> unknownTrip(String direction, Participant p) {
        return List.of(text(direction), p.delegate().name(), p.cityName(), p.delegate().mobile());
    }

    private String diet(DelegateView d) {
        String label = text("event.diet." + d.diet().name());
        return d.diet() == Diet.OTHER ? label + "：" + d.dietNote() : label;
    }

    private String lodging(Participant p) {
        String need = text("event.lodging." + p.delegate().lodging().name());
        return p.room() == null ? need : need + " · " + room(p.room());
    }

    private String room(RoomPlan room) {
        return text("event.lodging.roomName", room.hotel(), text("event.lodging.roomType." + room.type().name()), room.number());
    }

    private String trip(LocalDate date, LocalTime time, String number, String station) {
        if (date == null) {
            return "";
        }
        return String.join(" ", Stream.of(dates.format(date), time(time), number, station).filter(s -> !s.isEmpty()).toList());
    }

    private static String time(LocalTime time) {
        return time == null ? "" : "%02d:%02d".formatted(time.getHour(), time.getMinute());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** One sheet to write: its name, column headings and rows of text. */
    private record SheetData(String name, List<String> header, List<List<String>> rows) {
    }

    /** A sheet named by its message key, each column headed by {@code event.export.column.<column>}. */
    private SheetData sheet(String nameKey, List<String> columns, List<List<String>> rows) {
        return new SheetData(text(nameKey), columns.stream().map(c -> text("event.export.column." + c)).toList(), rows);
    }

    private static byte[] workbook(SheetData... sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_KEPT_IN_MEMORY)) {
            for (SheetData data : sheets) {
                Sheet sheet = Spreadsheets.sheetWithHeader(workbook, data.name(), data.header());
                for (int i = 0; i < data.header().size(); i++) {
                    sheet.setColumnWidth(i, 16 * 256);
                }
                for (int r = 0; r < data.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> cells = data.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            return Spreadsheets.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
