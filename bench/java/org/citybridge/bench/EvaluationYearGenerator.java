package org.citybridge.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptForm;
import org.citybridge.directory.Targets;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole year of liaison work written straight into the source modules' tables, shaped as their services write it
 * (the same columns, states, histories and snapshots): every city a member (a few joining during the year), 1,500
 * liaisons with 200 handovers in the year, 60 circulars to every member city (receipts replied on time, late, reopened
 * and replied again, one circular withdrawn, one the conference's invitation), 20 tasks to many cities (completed on
 * time or late, open, cancelled, one task cancelled everywhere), 5,000 reports (returned and resubmitted, adopted and
 * published with hits, a few articles withdrawn, rejected), one annual conference with 1,000 delegates and their
 * check-ins, and roster confirmations. Chance is a hash of each row's id, so every run writes the same year.
 */
final class EvaluationYearGenerator {

    static final int PRIMARIES = 733;
    static final int HANDOVERS = 200;
    static final int CIRCULARS = 60;
    static final int TASKS = 20;
    static final int REPORTS = 5000;
    static final int DELEGATES = 1000;
    private static final int JOINED_IN_YEAR = 12;
    private static final int INVITATION = 50;
    private static final int WITHDRAWN = 30;
    private static final int CANCELLED_TASK = 10;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final int year;
    private final Random random = new Random(2025);

    EvaluationYearGenerator(JdbcTemplate jdbc, JsonMapper json, int year) {
        this.jdbc = jdbc;
        this.json = json;
        this.year = year;
    }

    record Generated(int cities, int liaisons, int handovers, int deliveries, int assignments, int reports, int articles,
                     int delegates, int checkIns, int confirmations) {
        String describe() {
            return String.format("%d member cities, %d liaisons (%d handovers in the year), %d circular copies, %d task assignments, "
                            + "%d reports (%d articles), %d delegates (%d checked in), %d roster confirmations", cities, liaisons, handovers,
                    deliveries, assignments, reports, articles, delegates, checkIns, confirmations);
        }
    }

    Generated generate() {
        cities();
        int liaisons = liaisons();
        long event = conference();
        for (int k = 1; k <= CIRCULARS; k++) {
            circular(k, event);
        }
        answers();
        delegations(event);
        for (int k = 1; k <= TASKS; k++) {
            task(k);
        }
        taskWork();
        reports();
        confirmations();
        jdbc.execute("ANALYZE");
        return new Generated(count("SELECT count(*) FROM city WHERE membership = 'MEMBER'"), liaisons, HANDOVERS,
                count("SELECT count(*) FROM circular_delivery"), count("SELECT count(*) FROM task_assignment"),
                count("SELECT count(*) FROM submission"), count("SELECT count(*) FROM article"),
                count("SELECT count(*) FROM event_delegate WHERE state = 'REGISTERED'"), count("SELECT count(*) FROM event_check_in"),
                count("SELECT count(*) FROM roster_confirmation"));
    }

    /** Every city a member for years, a dozen of them joining during the year. */
    private void cities() {
        jdbc.update("UPDATE city SET membership = 'MEMBER', member_since = DATE '2012-01-01' + (abs(hashtext(code)) % 3000)");
        jdbc.update("""
                UPDATE city SET member_since = make_date(?, 2, 1) + (abs(hashtext(code || 'joined')) % 250)
                WHERE code IN (SELECT code FROM city ORDER BY md5(code) LIMIT ?)""", year, JOINED_IN_YEAR);
    }

    /**
     * A primary liaison for every city since before the year, 200 of whom hand over to a successor during it (the
     * predecessor's appointment ends the day the successor's starts, as a handover writes them), and a deputy for most.
     */
    private int liaisons() {
        List<String> cities = jdbc.queryForList("SELECT code FROM city ORDER BY code", String.class);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<Integer> handingOver = order.subList(0, HANDOVERS);
        int deputies = 1500 - cities.size() - HANDOVERS;
        Collections.shuffle(order, random);
        List<Integer> withDeputy = order.subList(0, Math.max(0, deputies));
        long firstId = jdbc.queryForObject("SELECT nextval('person_id_seq')", Long.class);
        List<Object[]> people = new ArrayList<>();
        List<Object[]> appointments = new ArrayList<>();
        RosterDataGenerator names = new RosterDataGenerator(jdbc);
        for (int i = 0; i < cities.size(); i++) {
            String city = cities.get(i);
            LocalDate from = LocalDate.of(year - 4, 1, 1).plusDays(random.nextInt(3 * 365));
            long primary = firstId + people.size();
            people.add(person(primary, names.name(people.size()), people.size()));
            if (handingOver.contains(i)) {
                LocalDate handover = LocalDate.of(year, 1, 20).plusDays(random.nextInt(320));
                appointments.add(new Object[]{primary, city, "PRIMARY", Date.valueOf(from), Date.valueOf(handover)});
                long successor = firstId + people.size();
                people.add(person(successor, names.name(people.size()), people.size()));
                appointments.add(new Object[]{successor, city, "PRIMARY", Date.valueOf(handover), null});
            } else {
                appointments.add(new Object[]{primary, city, "PRIMARY", Date.valueOf(from), null});
            }
            if (withDeputy.contains(i)) {
                long deputy = firstId + people.size();
                people.add(person(deputy, names.name(people.size()), people.size()));
                appointments.add(new Object[]{deputy, city, "DEPUTY", Date.valueOf(from.plusDays(random.nextInt(200))), null});
            }
        }
        jdbc.batchUpdate("INSERT INTO person (id, name, gender, post, unit, mobile, office_phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", people);
        jdbc.execute("SELECT setval('person_id_seq', " + (firstId + people.size() + 50) + ")");
        jdbc.batchUpdate("INSERT INTO liaison_appointment (person_id, city_code, role, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
                appointments);
        return people.size();
    }

    private static Object[] person(long id, String name, int i) {
        return new Object[]{id, name, i % 3 == 0 ? "FEMALE" : "MALE", RosterDataGenerator.POSTS[i % RosterDataGenerator.POSTS.length],
                "市人民政府办公厅", String.format("139%08d", i), String.format("010-6%07d", i), "liaison" + i + "@example.cn"};
    }

    /** The annual conference, held in November, as its status history leaves it. */
    private long conference() {
        long event = jdbc.queryForObject("""
                INSERT INTO event (kind, title, host_city_code, host_city_name, starts_on, ends_on, registration_opens_at,
                                   registration_closes_at, capacity, city_quota, status, created_by, created_at, updated_at)
                VALUES ('ANNUAL_CONFERENCE', ? || '年度全国城市联络员工作会议', '510100', '成都市', make_date(?, 11, 18), make_date(?, 11, 20),
                        make_timestamptz(?, 10, 10, 9, 0, 0, 'Asia/Shanghai'), make_timestamptz(?, 11, 8, 18, 0, 0, 'Asia/Shanghai'),
                        1200, 6, 'HELD', 'admin', make_timestamptz(?, 9, 20, 10, 0, 0, 'Asia/Shanghai'),
                        make_timestamptz(?, 11, 21, 9, 0, 0, 'Asia/Shanghai'))
                RETURNING id""", Long.class, String.valueOf(year), year, year, year, year, year, year);
        jdbc.update("""
                INSERT INTO event_status_change (event_id, from_status, to_status, actor, at)
                VALUES (?, 'DRAFT', 'OPEN', 'admin', make_timestamptz(?, 10, 10, 9, 0, 0, 'Asia/Shanghai')),
                       (?, 'OPEN', 'CLOSED', 'admin', make_timestamptz(?, 11, 8, 18, 0, 0, 'Asia/Shanghai')),
                       (?, 'CLOSED', 'HELD', 'admin', make_timestamptz(?, 11, 21, 9, 0, 0, 'Asia/Shanghai'))""",
                event, year, event, year, event, year);
        return event;
    }

    /**
     * Circular k of the year, issued every five or six days to the cities that were members on the day, each copy
     * addressed to the liaisons then in post: two in three ask for a receipt within 14 days, number 50 (in October) is
     * the conference's invitation (its cities reply by registering) and number 30 was withdrawn three days after issue.
     */
    private void circular(int k, long event) {
        boolean invitation = k == INVITATION;
        boolean receipt = !invitation && k % 3 != 0;
        String title = invitation ? "关于召开" + year + "年度全国城市联络员工作会议的通知"
                : "关于" + (receipt ? "报送" : "做好") + TOPICS[k % TOPICS.length] + "有关工作的通知";
        String form = receipt ? json.writeValueAsString(new ReceiptForm(List.of(
                new ReceiptField("f1", "是否已落实", FieldType.SINGLE_CHOICE, true, List.of("已落实", "正在落实")),
                new ReceiptField("f2", "联系人", FieldType.TEXT, false, List.of())))) : null;
        double day = (k - 1) * 5.6;
        String issued = "(make_timestamptz(%d, 1, 8, 9, 30, 0, 'Asia/Shanghai') + interval '%d minutes')".formatted(year, (long) (day * 24 * 60));
        String deadline = invitation ? "make_timestamptz(%d, 11, 8, 18, 0, 0, 'Asia/Shanghai')".formatted(year)
                : receipt ? issued + " + interval '14 days'" : "NULL";
        long circular = jdbc.queryForObject("""
                INSERT INTO circular (doc_number, doc_year, title, urgency, body_html, status, targets, receipt_form, reply_link,
                                      deadline, revision, created_by, created_at, issued_by, issued_at)
                VALUES (?, ?, ?, ?, ?, 'ISSUED', ?::jsonb, ?::jsonb, ?, %2$s, 1, 'staff1', %1$s - interval '2 hours', 'staff1', %1$s)
                RETURNING id""".formatted(issued, deadline), Long.class,
                "市协联〔" + year + "〕" + k + "号", year, title, k % 7 == 0 ? "URGENT" : "NORMAL",
                "<p>各会员城市联络员：</p><p>" + title.substring(2) + "，请按要求认真落实。</p>",
                json.writeValueAsString(Targets.allMembers()), form, invitation ? "/admin/events/" + event + "/delegation" : null);
        jdbc.update("""
                INSERT INTO circular_revision (circular_id, revision, kind, title, body_html, deadline, changed_by, changed_at)
                SELECT id, 1, 'ISSUED', title, body_html, deadline, issued_by, issued_at FROM circular WHERE id = ?""", circular);
        jdbc.update("""
                INSERT INTO circular_delivery (circular_id, city_code, city_name, province_code, province_name)
                SELECT c.id, m.code, m.name, m.province_code, p.name
                FROM circular c JOIN city m ON m.membership = 'MEMBER' AND m.member_since <= (c.issued_at AT TIME ZONE 'Asia/Shanghai')::date
                     JOIN province p ON p.code = m.province_code
                WHERE c.id = ? ORDER BY m.code""", circular);
        jdbc.update("""
                INSERT INTO circular_recipient (delivery_id, person_id, name, email)
                SELECT d.id, a.person_id, p.name, p.email
                FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                     JOIN liaison_appointment a ON a.city_code = d.city_code
                         AND a.start_date <= (c.issued_at AT TIME ZONE 'Asia/Shanghai')::date
                         AND (a.end_date IS NULL OR a.end_date > (c.issued_at AT TIME ZONE 'Asia/Shanghai')::date)
                     JOIN person p ON p.id = a.person_id
                WHERE d.circular_id = ?""", circular);
        if (invitation) {
            jdbc.update("""
                    INSERT INTO event_invitation (event_id, circular_id, doc_number, title, cities, issued_by, issued_at)
                    SELECT ?, c.id, c.doc_number, c.title, (SELECT count(*) FROM circular_delivery WHERE circular_id = c.id),
                           c.issued_by, c.issued_at FROM circular c WHERE c.id = ?""", event, circular);
        }
        if (k == WITHDRAWN) {
            jdbc.update("""
                    UPDATE circular SET status = 'WITHDRAWN', withdrawn_by = 'staff1', withdrawn_at = issued_at + interval '3 days',
                           withdraw_reason = '内容有误，另行通知', revision = 2 WHERE id = ?""", circular);
            jdbc.update("""
                    INSERT INTO circular_revision (circular_id, revision, kind, note, title, body_html, deadline, changed_by, changed_at)
                    SELECT id, 2, 'WITHDRAWN', withdraw_reason, title, body_html, deadline, withdrawn_by, withdrawn_at FROM circular WHERE id = ?""",
                    circular);
        }
    }

    /**
     * Each copy read (92%) within hours or days; each receipt replied on time (72%), late (10%), replied by the deadline
     * then reopened and replied again after it (3%), or not at all; with the delivery's journal as the services log it.
     */
    private void answers() {
        jdbc.update("""
                UPDATE circular_delivery d SET
                    read_at = CASE WHEN abs(hashtext(d.id::text)) % 100 < 92
                                   THEN c.issued_at + (abs(hashtext(d.id::text || 'r')) % 150) * interval '1 hour' END,
                    read_by = CASE WHEN abs(hashtext(d.id::text)) % 100 < 92 THEN 'liaison' || d.city_code END
                FROM circular c WHERE c.id = d.circular_id""");
        jdbc.update("""
                WITH plan AS (
                    SELECT d.id, c.issued_at, c.deadline, abs(hashtext(d.id::text || 'reply')) % 100 AS chance
                    FROM circular_delivery d JOIN circular c ON c.id = d.circular_id WHERE c.receipt_form IS NOT NULL)
                UPDATE circular_delivery d SET
                    first_replied_at = CASE WHEN p.chance < 72 THEN p.issued_at + (1 + p.chance % 12) * interval '1 day'
                                            WHEN p.chance < 82 THEN p.deadline + (1 + p.chance % 5) * interval '1 day'
                                            WHEN p.chance < 85 THEN p.issued_at + interval '3 days' END,
                    replied_at = CASE WHEN p.chance < 72 THEN p.issued_at + (1 + p.chance % 12) * interval '1 day'
                                      WHEN p.chance < 82 THEN p.deadline + (1 + p.chance % 5) * interval '1 day'
                                      WHEN p.chance < 85 THEN p.deadline + interval '2 days' END,
                    reopened_until = CASE WHEN p.chance BETWEEN 82 AND 84 THEN p.deadline + interval '7 days' END,
                    reopened_by = CASE WHEN p.chance BETWEEN 82 AND 84 THEN 'staff1' END,
                    replied_by = CASE WHEN p.chance < 85 THEN 'liaison' || d.city_code END,
                    answers = CASE WHEN p.chance < 85 THEN '{"f1": "已落实", "f2": "王伟 13900001111"}'::jsonb END
                FROM plan p WHERE p.id = d.id""");
        jdbc.update("""
                UPDATE circular_delivery SET read_at = first_replied_at, read_by = replied_by
                WHERE first_replied_at IS NOT NULL AND (read_at IS NULL OR read_at > first_replied_at)""");
        jdbc.update("""
                INSERT INTO circular_delivery_event (delivery_id, kind, actor, at)
                SELECT id, 'READ', read_by, read_at FROM circular_delivery WHERE read_at IS NOT NULL
                UNION ALL SELECT id, 'REPLIED', replied_by, first_replied_at FROM circular_delivery WHERE first_replied_at IS NOT NULL
                UNION ALL SELECT id, 'REOPENED', reopened_by, replied_at - interval '1 day' FROM circular_delivery WHERE reopened_until IS NOT NULL
                UNION ALL SELECT id, 'AMENDED', replied_by, replied_at FROM circular_delivery WHERE reopened_until IS NOT NULL""");
    }

    /**
     * The conference's answers: 310 invited cities registered (three or four delegates each, a few cancelled: 1,000
     * holding a place), 20 declined; each answer is the invitation's reply; nearly everyone checked in on the first day.
     */
    private void delegations(long event) {
        jdbc.update("""
                WITH invited AS (
                    SELECT d.id AS delivery_id, d.city_code, d.city_name, d.province_code, d.province_name,
                           row_number() OVER (ORDER BY md5(d.city_code)) AS n
                    FROM circular_delivery d JOIN event_invitation i ON i.circular_id = d.circular_id WHERE i.event_id = ?)
                INSERT INTO event_delegation (event_id, city_code, city_name, province_code, province_name, answer, updated_by, updated_at)
                SELECT ?, city_code, city_name, province_code, province_name, CASE WHEN n <= 310 THEN 'REGISTERED' ELSE 'DECLINED' END,
                       'liaison' || city_code, make_timestamptz(?, 10, 12, 9, 0, 0, 'Asia/Shanghai') + n * interval '75 minutes'
                FROM invited WHERE n <= 330""", event, event, year);
        jdbc.update("""
                UPDATE circular_delivery d SET replied_at = g.updated_at, first_replied_at = g.updated_at, replied_by = g.updated_by,
                       read_at = coalesce(least(d.read_at, g.updated_at), g.updated_at), read_by = coalesce(d.read_by, g.updated_by)
                FROM event_delegation g JOIN event_invitation i ON i.event_id = g.event_id
                WHERE g.event_id = ? AND d.circular_id = i.circular_id AND d.city_code = g.city_code""", event);
        jdbc.update("""
                INSERT INTO event_delegate (event_id, delegation_id, name, gender, post, unit, mobile, role, state, registered_at, updated_at)
                SELECT g.event_id, g.id, '代表' || g.city_code || '-' || s.i, CASE WHEN s.i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
                       '副秘书长', g.city_name || '人民政府办公厅', '139' || lpad((g.id * 10 + s.i)::text, 8, '0'),
                       CASE WHEN s.i = 1 AND g.id % 7 = 0 THEN 'STAFF' ELSE 'DELEGATE' END, 'REGISTERED', g.updated_at, g.updated_at
                FROM event_delegation g
                     CROSS JOIN generate_series(1, 3) s(i)
                WHERE g.event_id = ? AND g.answer = 'REGISTERED'""", event);
        jdbc.update("""
                INSERT INTO event_delegate (event_id, delegation_id, name, gender, post, unit, mobile, role, state, registered_at, updated_at)
                SELECT g.event_id, g.id, '代表' || g.city_code || '-4', 'MALE', '联络处处长', g.city_name || '人民政府办公厅',
                       '138' || lpad(g.id::text, 8, '0'), 'DELEGATE', 'REGISTERED', g.updated_at, g.updated_at
                FROM event_delegation g WHERE g.event_id = ? AND g.answer = 'REGISTERED'
                ORDER BY g.id LIMIT ?""", event, DELEGATES - 3 * 310 + 20);
        jdbc.update("""
                UPDATE event_delegate SET state = 'CANCELLED', updated_at = updated_at + interval '2 days'
                WHERE id IN (SELECT id FROM event_delegate WHERE event_id = ? ORDER BY md5(id::text) LIMIT 20)""", event);
        jdbc.update("""
                INSERT INTO event_delegate_change (delegate_id, from_state, to_state, actor, at)
                SELECT id, NULL, 'REGISTERED', 'liaison', registered_at FROM event_delegate WHERE event_id = ?
                UNION ALL SELECT id, 'REGISTERED', 'CANCELLED', 'liaison', updated_at FROM event_delegate WHERE event_id = ? AND state = 'CANCELLED'""",
                event, event);
        jdbc.update("""
                INSERT INTO event_check_in (event_id, delegate_id, checked_in_at, recorded_at, checked_in_by, station)
                SELECT d.event_id, d.id, (e.starts_on + time '08:00' + (d.id % 90) * interval '1 minute') AT TIME ZONE 'Asia/Shanghai',
                       (e.starts_on + time '08:00' + (d.id % 90) * interval '1 minute') AT TIME ZONE 'Asia/Shanghai', 'checkin1', '一号报到台'
                FROM event_delegate d JOIN event e ON e.id = d.event_id JOIN event_delegation g ON g.id = d.delegation_id
                WHERE d.event_id = ? AND d.state = 'REGISTERED' AND abs(hashtext(d.id::text)) % 100 < 95
                  AND abs(hashtext(g.city_code || 'absent')) % 100 >= 4""", event);
    }

    /**
     * Task k, created every 16 days with 30 days to do it, to all member cities or to about half of them, each
     * assignment held by the primary liaison in post that day, its history starting with ASSIGN.
     */
    private void task(int k) {
        String created = "(make_timestamptz(%d, 1, 15, 10, 0, 0, 'Asia/Shanghai') + interval '%d days')".formatted(year, (k - 1) * 16);
        long task = jdbc.queryForObject("""
                INSERT INTO task (title, description, priority, due_date, created_by, created_at)
                VALUES (?, ?, ?, (%1$s AT TIME ZONE 'Asia/Shanghai')::date + 30, 'staff1', %1$s) RETURNING id""".formatted(created),
                Long.class, "请协助" + TOPICS[(k * 5) % TOPICS.length] + "专项调研", "<p>请按附件要求完成调研并报送材料。</p>",
                k % 5 == 0 ? "HIGH" : "NORMAL");
        jdbc.update("""
                INSERT INTO task_assignment (task_id, city_code, city_name, province_code, province_name, state,
                                             responsible_person_id, responsible_person_name, updated_at)
                SELECT t.id, c.code, c.name, c.province_code, p.name, 'ASSIGNED', l.person_id, l.name, t.created_at
                FROM task t JOIN city c ON c.membership = 'MEMBER' AND c.member_since <= (t.created_at AT TIME ZONE 'Asia/Shanghai')::date
                     JOIN province p ON p.code = c.province_code
                     LEFT JOIN LATERAL (SELECT a.person_id, pe.name FROM liaison_appointment a JOIN person pe ON pe.id = a.person_id
                                        WHERE a.city_code = c.code AND a.role = 'PRIMARY'
                                          AND a.start_date <= (t.created_at AT TIME ZONE 'Asia/Shanghai')::date
                                          AND (a.end_date IS NULL OR a.end_date > (t.created_at AT TIME ZONE 'Asia/Shanghai')::date)
                                        LIMIT 1) l ON TRUE
                WHERE t.id = ? AND (? % 4 = 0 OR abs(hashtext(c.code || t.id::text)) % 100 < 55)""", task, k);
        jdbc.update("""
                INSERT INTO task_transition (assignment_id, action, from_state, to_state, actor, at)
                SELECT a.id, 'ASSIGN', NULL, 'ASSIGNED', t.created_by, t.created_at
                FROM task_assignment a JOIN task t ON t.id = a.task_id WHERE t.id = ?""", task);
        if (k == CANCELLED_TASK) {
            jdbc.update("UPDATE task_assignment SET state = 'CANCELLED' WHERE task_id = ?", task);
        }
    }

    /**
     * What the cities did with their assignments: completed on time (55%) or late (13%), cancelled for the city (3%),
     * submitted and awaiting the secretariat, in progress, accepted or untouched; every step in the history.
     */
    private void taskWork() {
        jdbc.execute("""
                CREATE TEMP TABLE bench_task_plan AS
                SELECT a.id, t.created_at, t.due_date, a.state AS cancelled_task,
                       abs(hashtext(a.id::text || 'work')) % 100 AS chance
                FROM task_assignment a JOIN task t ON t.id = a.task_id""");
        jdbc.execute("""
                ALTER TABLE bench_task_plan ADD COLUMN state TEXT, ADD COLUMN done_at TIMESTAMPTZ;
                UPDATE bench_task_plan SET
                    state = CASE WHEN cancelled_task = 'CANCELLED' OR chance BETWEEN 68 AND 70 THEN 'CANCELLED'
                                 WHEN chance < 68 THEN 'COMPLETED' WHEN chance < 80 THEN 'SUBMITTED'
                                 WHEN chance < 90 THEN 'IN_PROGRESS' WHEN chance < 95 THEN 'ACCEPTED' ELSE 'ASSIGNED' END,
                    done_at = CASE WHEN chance < 55 THEN created_at + (3 + chance % 25) * interval '1 day'
                                   WHEN chance < 68 THEN ((due_date + 1 + chance % 20) + time '16:00') AT TIME ZONE 'Asia/Shanghai'
                                   ELSE created_at + (5 + chance % 20) * interval '1 day' END""");
        jdbc.update("""
                INSERT INTO task_transition (assignment_id, action, from_state, to_state, actor, at)
                SELECT id, 'ACCEPT', 'ASSIGNED', 'ACCEPTED', 'liaison', created_at + interval '1 day' FROM bench_task_plan
                WHERE state IN ('ACCEPTED', 'IN_PROGRESS', 'SUBMITTED', 'COMPLETED')
                UNION ALL SELECT id, 'PROGRESS', 'ACCEPTED', 'IN_PROGRESS', 'liaison', created_at + interval '2 days' FROM bench_task_plan
                WHERE state IN ('IN_PROGRESS', 'SUBMITTED', 'COMPLETED')
                UNION ALL SELECT id, 'SUBMIT', 'IN_PROGRESS', 'SUBMITTED', 'liaison', done_at - interval '1 day' FROM bench_task_plan
                WHERE state IN ('SUBMITTED', 'COMPLETED')
                UNION ALL SELECT id, 'COMPLETE', 'SUBMITTED', 'COMPLETED', 'staff1', done_at FROM bench_task_plan WHERE state = 'COMPLETED'
                UNION ALL SELECT id, 'CANCEL', 'ASSIGNED', 'CANCELLED', 'staff1', done_at FROM bench_task_plan WHERE state = 'CANCELLED'""");
        jdbc.update("""
                UPDATE task_assignment a SET state = p.state, updated_at = p.done_at,
                       result = CASE WHEN p.state IN ('SUBMITTED', 'COMPLETED') THEN '已按要求完成调研，材料见附件。' END
                FROM bench_task_plan p WHERE p.id = a.id""");
        jdbc.execute("DROP TABLE bench_task_plan");
    }

    /**
     * 5,000 reports spread over the year and the member cities, written by the primary liaison in post: 12% returned
     * once and resubmitted; finally adopted (35%, published in 联络工作 with hits, one article in twenty withdrawn since),
     * rejected (15%), returned and not sent again (5%), or awaiting review.
     */
    private void reports() {
        jdbc.execute("""
                CREATE TEMP TABLE bench_report_plan AS
                WITH members AS (SELECT code, name, province_code, member_since, row_number() OVER (ORDER BY code) - 1 AS n
                                 FROM city WHERE membership = 'MEMBER'),
                     series AS (SELECT g, make_timestamptz(%d, 1, 3, 9, 0, 0, 'Asia/Shanghai') + (g * 360.0 / %d) * interval '1 day' AS first_at,
                                       abs(hashtext(g::text || 'city')) AS pick, abs(hashtext(g::text || 'fate')) %% 100 AS fate,
                                       abs(hashtext(g::text || 'back')) %% 100 < 12 AS returned
                                FROM generate_series(0, %d - 1) g)
                SELECT s.g, m.code, m.name, m.province_code, s.first_at, s.fate, s.returned,
                       CASE WHEN s.fate < 35 THEN 'ADOPTED' WHEN s.fate < 50 THEN 'REJECTED' WHEN s.fate < 55 THEN 'RETURNED' ELSE 'SUBMITTED' END AS status
                FROM series s JOIN members m ON m.n = s.pick %% (SELECT count(*) FROM members)
                WHERE m.member_since <= (s.first_at AT TIME ZONE 'Asia/Shanghai')::date""".formatted(year, REPORTS, REPORTS));
        jdbc.update("""
                INSERT INTO submission (city_code, city_name, province_code, province_name, kind, title, body_html, status,
                                        author_person_id, author_name, created_by, created_at, updated_at, first_submitted_at,
                                        submitted_at, decided_at, column_id)
                SELECT r.code, r.name, r.province_code, p.name, (ARRAY['CITY_NEWS', 'EXPERIENCE', 'RESEARCH'])[1 + r.g % 3],
                       r.name || (ARRAY['推进城市更新', '优化营商环境', '加强基层治理', '做好联络工作', '推动区域协作'])[1 + r.g % 5] || '的做法',
                       '<p>' || r.name || '认真落实协会部署，取得积极成效。</p>', r.status, l.person_id, coalesce(l.name, '联络员'),
                       'liaison' || r.code, r.first_at - interval '1 hour',
                       r.first_at + CASE WHEN r.returned THEN interval '4 days' ELSE interval '0' END
                           + CASE WHEN r.status IN ('ADOPTED', 'REJECTED', 'RETURNED') THEN interval '3 days' ELSE interval '0' END,
                       r.first_at, r.first_at + CASE WHEN r.returned THEN interval '4 days' ELSE interval '0' END,
                       CASE WHEN r.status IN ('ADOPTED', 'REJECTED')
                            THEN r.first_at + CASE WHEN r.returned THEN interval '4 days' ELSE interval '0' END + interval '3 days' END,
                       CASE WHEN r.status = 'ADOPTED' THEN (SELECT id FROM portal_column WHERE slug = 'liaison-work') END
                FROM bench_report_plan r JOIN province p ON p.code = r.province_code
                     LEFT JOIN LATERAL (SELECT a.person_id, pe.name FROM liaison_appointment a JOIN person pe ON pe.id = a.person_id
                                        WHERE a.city_code = r.code AND a.role = 'PRIMARY'
                                          AND a.start_date <= (r.first_at AT TIME ZONE 'Asia/Shanghai')::date
                                          AND (a.end_date IS NULL OR a.end_date > (r.first_at AT TIME ZONE 'Asia/Shanghai')::date)
                                        LIMIT 1) l ON TRUE
                ORDER BY r.g""");
        jdbc.update("""
                INSERT INTO submission_event (submission_id, action, from_status, to_status, opinion, actor, at)
                SELECT id, 'CREATE', NULL, 'DRAFT', NULL, created_by, created_at FROM submission
                UNION ALL SELECT id, 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, created_by, first_submitted_at FROM submission
                UNION ALL SELECT id, 'RETURN', 'SUBMITTED', 'RETURNED', '请补充具体数据和成效。', 'staff1', first_submitted_at + interval '2 days'
                    FROM submission WHERE submitted_at > first_submitted_at
                UNION ALL SELECT id, 'SUBMIT', 'RETURNED', 'SUBMITTED', NULL, created_by, submitted_at FROM submission WHERE submitted_at > first_submitted_at
                UNION ALL SELECT id, 'REJECT', 'SUBMITTED', 'REJECTED', '与本栏目定位不符。', 'staff1', decided_at FROM submission WHERE status = 'REJECTED'
                UNION ALL SELECT id, 'RETURN', 'SUBMITTED', 'RETURNED', '请修改后再报。', 'staff1', updated_at FROM submission WHERE status = 'RETURNED'""");
        jdbc.update("""
                INSERT INTO article (column_id, title, source, author, body_html, status, publish_at, origin, created_by, created_at,
                                     updated_by, updated_at)
                SELECT s.column_id, s.title, s.city_name || '人民政府', s.author_name, s.body_html,
                       CASE WHEN abs(hashtext(s.id::text || 'gone')) % 20 = 0 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END,
                       s.decided_at, 'submission:' || s.id, 'staff1', s.decided_at, 'staff1', s.decided_at
                FROM submission s WHERE s.status = 'ADOPTED' ORDER BY s.id""");
        jdbc.update("UPDATE submission s SET article_id = a.id FROM article a WHERE a.origin = 'submission:' || s.id");
        jdbc.update("""
                INSERT INTO submission_event (submission_id, action, from_status, to_status, opinion, actor, at, article_id)
                SELECT id, 'ADOPT', 'SUBMITTED', 'ADOPTED', NULL, 'staff1', decided_at, article_id FROM submission WHERE status = 'ADOPTED'""");
        jdbc.update("""
                INSERT INTO article_revision (article_id, status, title, body_html, snapshot, note, changed_by, changed_at)
                SELECT id, 'PUBLISHED', title, body_html,
                       jsonb_build_object('columnId', column_id, 'source', source, 'author', author, 'publishAt', publish_at,
                                          'attachments', '[]'::jsonb), origin, created_by, created_at
                FROM article WHERE origin LIKE 'submission:%'""");
        jdbc.update("INSERT INTO article_hits (article_id, hits) SELECT id, abs(hashtext(id::text || 'hits')) % 5000 FROM article");
        jdbc.execute("DROP TABLE bench_report_plan");
    }

    /**
     * Most cities confirmed their roster once during the year (a few twice), by their liaison or by the secretariat;
     * a city that joined during the year only once a member.
     */
    private void confirmations() {
        jdbc.update("""
                INSERT INTO roster_confirmation (city_code, person_id, confirmed_by, confirmed_at)
                SELECT c.code, CASE WHEN s.i = 1 AND abs(hashtext(c.code)) % 10 > 0 THEN l.person_id END,
                       CASE WHEN s.i = 1 AND abs(hashtext(c.code)) % 10 > 0 THEN 'liaison' || c.code ELSE 'staff1' END,
                       make_timestamptz(?, 3, 1, 10, 0, 0, 'Asia/Shanghai') + (abs(hashtext(c.code || s.i::text)) % 270) * interval '1 day'
                FROM city c CROSS JOIN generate_series(1, 2) s(i)
                     LEFT JOIN LATERAL (SELECT a.person_id FROM liaison_appointment a WHERE a.city_code = c.code AND a.role = 'PRIMARY'
                                        ORDER BY a.start_date DESC LIMIT 1) l ON TRUE
                WHERE c.membership = 'MEMBER' AND abs(hashtext(c.code || 'confirm')) % 100 < 75
                  AND (s.i = 1 OR abs(hashtext(c.code || 'twice')) % 100 < 12)
                  AND c.member_since <= make_date(?, 3, 1) + abs(hashtext(c.code || s.i::text)) % 270""", year, year);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static final String[] TOPICS = {"城市更新试点", "营商环境评价", "基层治理创新", "联络员培训", "年度工作总结",
            "城市经验交流", "数字政府建设", "区域协同发展", "乡村振兴衔接", "城市安全韧性", "文明城市创建", "对口合作"};
}
