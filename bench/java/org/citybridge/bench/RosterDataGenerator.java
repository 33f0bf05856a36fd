package org.citybridge.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A realistic deployment: every city a member, 3,000 people, ten years of liaison appointments with
 * handovers (a few cities left without an active liaison), written straight into the tables.
 */
final class RosterDataGenerator {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕"};
    static final String[] POSTS = {"市政府副秘书长", "市政府办公室副主任", "驻京办主任", "驻京办副主任", "市外事办主任"};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(2026);

    RosterDataGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Generated(int cities, int people, int appointments) {
    }

    Generated generate(int peopleCount) {
        jdbc.update("UPDATE city SET membership = 'MEMBER', member_since = DATE '2012-01-01' + (random() * 3000)::int");
        List<String> cities = jdbc.queryForList("SELECT code FROM city ORDER BY code", String.class);
        List<Object[]> people = new ArrayList<>();
        long firstId = jdbc.queryForObject("SELECT nextval('person_id_seq')", Long.class);
        for (int i = 0; i < peopleCount; i++) {
            people.add(new Object[]{firstId + i, name(i), i % 3 == 0 ? "FEMALE" : "MALE", POSTS[i % POSTS.length],
                    "市人民政府办公厅", String.format("139%08d", i), String.format("010-6%07d", i), "liaison" + i + "@example.cn"});
        }
        jdbc.batchUpdate("INSERT INTO person (id, name, gender, post, unit, mobile, office_phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", people);
        jdbc.execute("SELECT setval('person_id_seq', " + (firstId + peopleCount + 50) + ")");

        List<Object[]> appointments = new ArrayList<>();
        int person = 0;
        LocalDate start = LocalDate.of(2016, 1, 1);
        LocalDate today = LocalDate.now();
        for (int c = 0; c < cities.size() && person < peopleCount; c++) {
            LocalDate from = start.plusDays(random.nextInt(200));
            boolean keepsActive = c % 20 != 0;
            while (person < peopleCount) {
                LocalDate to = from.plusDays(365L + random.nextInt(3 * 365));
                boolean last = to.isAfter(today) || (person + 1) % 4 == 0;
                appointments.add(new Object[]{firstId + person, cities.get(c), "PRIMARY", from,
                        last && keepsActive ? null : (to.isAfter(today) ? today.minusDays(1) : to)});
                person++;
                if (last) {
                    break;
                }
                from = to;
            }
        }
        for (int c = 0; person < peopleCount; c = (c + 1) % cities.size()) {
            appointments.add(new Object[]{firstId + person, cities.get(c), "DEPUTY", start.plusDays(random.nextInt(3000)), null});
            person++;
        }
        jdbc.batchUpdate("INSERT INTO liaison_appointment (person_id, city_code, role, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
                appointments);
        jdbc.execute("ANALYZE");
        return new Generated(cities.size(), peopleCount, appointments.size());
    }

    String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length] + (i >= SURNAMES.length * GIVEN.length ? GIVEN[(i * 7) % GIVEN.length] : "");
    }
}
