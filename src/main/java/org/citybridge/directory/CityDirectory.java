package org.citybridge.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.platform.LikePatterns;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the roster: cities, their liaisons and leaders, people, coverage; always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class CityDirectory {

    /** Liaisons in the order people read them everywhere (city page, API, exports): the primary first, then by start. */
    private static final String PRIMARY_FIRST = "(a.role <> 'PRIMARY'), a.start_date, a.id";
    private static final Comparator<AppointmentView> PRIMARY_FIRST_ORDER = Comparator
            .comparing((AppointmentView a) -> a.role() != LiaisonRole.PRIMARY).thenComparing(AppointmentView::from)
            .thenComparing(AppointmentView::id);

    private static final String SUMMARY_COLUMNS = """
            c.code, c.name, c.level, c.kind, c.province_code, pr.name AS province_name, c.membership, c.member_since,
            ARRAY(SELECT t.tag FROM city_tag t WHERE t.city_code = c.code ORDER BY t.tag) AS tags,
            ARRAY(SELECT p.name FROM liaison_appointment a JOIN person p ON p.id = a.person_id
                  WHERE a.city_code = c.code AND %s ORDER BY %s) AS liaisons
            """.formatted(CityFilterSql.ACTIVE, PRIMARY_FIRST);

    private static final String APPOINTMENT_COLUMNS = """
            a.id, a.city_code, c.name AS city_name, a.person_id, p.name AS person_name, p.post, p.unit, p.mobile,
            p.office_phone, p.email, a.role, a.start_date, a.end_date,
            (a.start_date <= :today AND (a.end_date IS NULL OR a.end_date > :today)) AS active
            FROM liaison_appointment a JOIN person p ON p.id = a.person_id JOIN city c ON c.code = a.city_code
            """;

    private static final String CITY_PEOPLE = """
            SELECT a.person_id, p.name, a.city_code,
                   bool_or(a.start_date <= :today AND (a.end_date IS NULL OR a.end_date > :today)) AS active,
                   min(a.start_date) AS start_date,
                   CASE WHEN bool_and(a.end_date IS NOT NULL AND a.end_date <= :today) THEN max(a.end_date) END AS ended_on
            FROM liaison_appointment a JOIN person p ON p.id = a.person_id
            """;

    private final JdbcClient jdbc;
    private final RosterAccess access;
    private final Clock clock;

    CityDirectory(JdbcClient jdbc, RosterAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public PageOf<CitySummary> search(CityFilter filter, int page, int size) {
        Actor actor = access.requireRoster();
        CityFilterSql sql = new CityFilterSql(filter, actor, today());
        long total = jdbc.sql("SELECT count(*) FROM city c" + sql.where).params(sql.params).query(Long.class).single();
        List<CitySummary> items = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM city c JOIN province pr ON pr.code = c.province_code"
                        + sql.where + " ORDER BY c.code LIMIT :limit OFFSET :offset")
                .params(sql.params).param("limit", size).param("offset", (long) page * size)
                .query(CityDirectory::summary).list();
        return new PageOf<>(items, total, page, size);
    }

    public CityDetails city(String code) {
        Actor actor = access.requireReadCity(code);
        CitySummary summary = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM city c JOIN province pr ON pr.code = c.province_code WHERE c.code = :code")
                .param("today", today()).param("code", code).query(CityDirectory::summary).single();
        record Profile(String address, String notes, long version) {
        }
        Profile profile = jdbc.sql("SELECT address, notes, version FROM city WHERE code = :code").param("code", code)
                .query(Profile.class).single();
        List<AppointmentView> history = appointments("a.city_code = :key", code).stream()
                .map(a -> actor.isSecretariat() || a.active() ? a : namesAndDatesOnly(a)).toList();
        List<LeaderView> leaders = jdbc.sql("""
                        SELECT id, name, post, start_date, end_date, (end_date IS NULL OR end_date > :today) AS current
                        FROM city_leader WHERE city_code = :code ORDER BY (end_date IS NULL) DESC, post, start_date DESC""")
                .param("today", today()).param("code", code)
                .query((rs, n) -> new LeaderView(rs.getLong("id"), rs.getString("name"),
                        LeaderPost.valueOf(rs.getString("post")), date(rs, "start_date"), date(rs, "end_date"),
                        rs.getBoolean("current")))
                .list();
        return new CityDetails(summary, profile.address(), profile.notes(), profile.version(),
                history.stream().filter(AppointmentView::active).sorted(PRIMARY_FIRST_ORDER).toList(), history, leaders);
    }

    /**
     * A person as the caller may see them: the secretariat and the person themself everything; a liaison or
     * coordinator only people with a post in their scope, current holders with their contacts but without their
     * posts elsewhere, past holders with their name and the dates of those posts only. Anyone else is unknown (404).
     */
    public PersonView person(long id) {
        Actor actor = access.requireRoster();
        PersonView person = jdbc.sql("SELECT id, name, gender, post, unit, mobile, office_phone, email, address, version FROM person WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> person(rs, appointments("a.person_id = :key", id)))
                .optional().orElseThrow(() -> new NotFoundException("roster.error.unknownPerson", id));
        if (actor.isSecretariat() || access.isLinkedPerson(actor, id)) {
            return person;
        }
        CityScope scope = actor.scope();
        List<AppointmentView> inScope = person.appointments().stream()
                .filter(a -> scope.covers(a.cityCode(), provinceOf(a.cityCode()))).toList();
        if (inScope.isEmpty()) {
            throw new NotFoundException("roster.error.unknownPerson", id);
        }
        if (inScope.stream().anyMatch(AppointmentView::active)) {
            return new PersonView(person.id(), person.name(), person.gender(), person.post(), person.unit(), person.mobile(),
                    person.officePhone(), person.email(), person.address(), person.version(), inScope);
        }
        return new PersonView(person.id(), person.name(), null, null, null, null, null, null, null, person.version(),
                inScope.stream().map(CityDirectory::namesAndDatesOnly).toList());
    }

    /** Everyone who holds or held a liaison post in the city, current holders first: whom a liaison account there may be. */
    public List<CityPerson> peopleOfCity(String cityCode) {
        access.requireSecretariat();
        return jdbc.sql(CITY_PEOPLE + " WHERE a.city_code = :code GROUP BY a.person_id, p.name, a.city_code ORDER BY active DESC, p.name, a.person_id")
                .param("today", today()).param("code", cityCode).query(CityDirectory::cityPerson).list();
    }

    /**
     * The person's standing as liaison of the city today, if they ever held a post there; asked on every request
     * of a liaison account, so an ended post or a handover takes effect at once.
     */
    /** Whether the actor is a liaison whose linked person holds a liaison post in the account's city today. */
    public boolean holdsLiaisonPost(Actor actor) {
        return actor.role() == Role.LIAISON && actor.personId() != null && actor.cityCode() != null
                && liaisonPost(actor.personId(), actor.cityCode()).map(CityPerson::active).orElse(false);
    }

    public Optional<CityPerson> liaisonPost(long personId, String cityCode) {
        return jdbc.sql(CITY_PEOPLE + " WHERE a.city_code = :code AND a.person_id = :person GROUP BY a.person_id, p.name, a.city_code")
                .param("today", today()).param("code", cityCode).param("person", personId)
                .query(CityDirectory::cityPerson).optional();
    }

    /** People by name, mobile or email, for the secretariat picking whom to appoint. */
    public PageOf<PersonView> people(String q, int page, int size) {
        access.requireSecretariat();
        String where = q == null || q.isBlank() ? "" : " WHERE name LIKE :q OR mobile LIKE :digits OR email LIKE :q";
        String typed = q == null ? "" : q.strip();
        String pattern = LikePatterns.containing(typed);
        String digits = mobileDigits(typed);
        long total = jdbc.sql("SELECT count(*) FROM person" + where).param("q", pattern).param("digits", digits)
                .query(Long.class).single();
        List<PersonView> items = jdbc.sql("SELECT id, name, gender, post, unit, mobile, office_phone, email, address, version FROM person"
                        + where + " ORDER BY name, id LIMIT :limit OFFSET :offset")
                .param("q", pattern).param("digits", digits).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> person(rs, List.of()))
                .list();
        return new PageOf<>(items, total, page, size);
    }

    /**
     * People whose name or mobile contains the text, for the quick search: the secretariat finds everyone, a coordinator
     * or liaison those holding a liaison post today in their scope (whose contacts they see).
     */
    public List<PersonView> findPeople(String text, int limit) {
        Actor actor = access.requireRoster();
        if (actor.isSecretariat()) {
            return people(text, 0, limit).items();
        }
        CityScope.SqlCondition scope = actor.scope().where("c.code", "c.province_code");
        return jdbc.sql("""
                        SELECT p.id, p.name, p.gender, p.post, p.unit, p.mobile, p.office_phone, p.email, p.address, p.version
                        FROM person p WHERE (p.name LIKE :q OR p.mobile LIKE :digits) AND EXISTS (SELECT 1 FROM liaison_appointment a
                            JOIN city c ON c.code = a.city_code WHERE a.person_id = p.id AND %s AND %s)
                        ORDER BY p.name, p.id LIMIT :limit""".formatted(CityFilterSql.ACTIVE, scope.sql()))
                .params(scope.params()).param("today", today()).param("q", LikePatterns.containing(text))
                .param("digits", mobileDigits(text)).param("limit", limit)
                .query((rs, n) -> person(rs, List.of())).list();
    }

    /** A mobile as typed (138 0013 8000, 138-0013-8000, full-width digits) as the digits it is kept as, for LIKE. */
    private static String mobileDigits(String typed) {
        return LikePatterns.containing(TypedText.tidy(typed).replaceAll("[\\s-]", ""));
    }

    /** Active appointments of the cities matching the filter: the roster as exported. */
    public List<AppointmentView> activeRoster(CityFilter filter) {
        Actor actor = access.requireRoster();
        CityFilterSql sql = new CityFilterSql(filter, actor, today());
        return jdbc.sql("SELECT " + APPOINTMENT_COLUMNS + " WHERE " + CityFilterSql.ACTIVE
                        + " AND a.city_code IN (SELECT c.code FROM city c" + sql.where + ") ORDER BY a.city_code, " + PRIMARY_FIRST)
                .params(sql.params).query(CityDirectory::appointment).list();
    }

    /** The cities matching the filter within the caller's scope, by code: how other modules pick their targets. */
    public List<CityRef> cityRefs(CityFilter filter) {
        Actor actor = access.requireRoster();
        CityFilterSql sql = new CityFilterSql(filter, actor, today());
        return jdbc.sql("SELECT c.code, c.name, c.province_code, pr.name AS province_name FROM city c "
                        + "JOIN province pr ON pr.code = c.province_code" + sql.where + " ORDER BY c.code")
                .params(sql.params).query(CityRef.class).list();
    }

    /** The named cities that exist, by code; unknown codes are left out. */
    public List<CityRef> cityRefs(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.code, c.name, c.province_code, pr.name AS province_name FROM city c "
                        + "JOIN province pr ON pr.code = c.province_code WHERE c.code IN (:codes) ORDER BY c.code")
                .param("codes", codes).query(CityRef.class).list();
    }

    /** Today's liaisons of the given cities, for modules that address work and mail to them. */
    public List<LiaisonContact> activeLiaisons(Collection<String> cityCodes) {
        if (cityCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT a.city_code, p.id AS person_id, p.name, a.role, p.email, p.mobile "
                        + "FROM liaison_appointment a JOIN person p ON p.id = a.person_id "
                        + "WHERE a.city_code IN (:codes) AND " + CityFilterSql.ACTIVE + " ORDER BY a.city_code, " + PRIMARY_FIRST)
                .param("codes", cityCodes).param("today", today())
                .query((rs, n) -> new LiaisonContact(rs.getString("city_code"), rs.getLong("person_id"), rs.getString("name"),
                        LiaisonRole.valueOf(rs.getString("role")), rs.getString("email"), rs.getString("mobile")))
                .list();
    }

    public Coverage coverage() {
        return coverage(access.requireRoster());
    }

    /** The coverage within the caller's scope, for the dashboard; empty for those who do not read the roster. */
    public Optional<Coverage> coverageForCurrentActor() {
        Actor actor = Actors.currentOrSystem();
        return access.readsRoster(actor) ? Optional.of(coverage(actor)) : Optional.empty();
    }

    private Coverage coverage(Actor actor) {
        CityFilterSql sql = new CityFilterSql(new CityFilter(null, null, Membership.MEMBER, null, null, false), actor, today());
        return jdbc.sql("SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM liaison_appointment a WHERE a.city_code = c.code AND "
                        + CityFilterSql.ACTIVE + ")) AS covered, count(*) AS members FROM city c" + sql.where)
                .params(sql.params).query(Coverage.class).single();
    }

    /**
     * The coverage of each province with member cities, within the scope of the secretariat or a province coordinator,
     * by province code; the cities without an active liaison are what {@link CityFilter#withoutLiaison()} lists.
     */
    public List<ProvinceCoverage> coverageByProvince() {
        Actor actor = Actors.requireFollowingCities();
        CityFilterSql sql = new CityFilterSql(new CityFilter(null, null, Membership.MEMBER, null, null, false), actor, today());
        return jdbc.sql("SELECT c.province_code AS code, min(pr.name) AS name, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "
                        + "liaison_appointment a WHERE a.city_code = c.code AND " + CityFilterSql.ACTIVE + ")) AS covered, "
                        + "count(*) AS members FROM city c JOIN province pr ON pr.code = c.province_code" + sql.where
                        + " GROUP BY c.province_code ORDER BY c.province_code")
                .params(sql.params).query(ProvinceCoverage.class).list();
    }

    public List<ProvinceView> provinces() {
        return jdbc.sql("SELECT code, name FROM province ORDER BY code").query(ProvinceView.class).list();
    }

    /** The provinces a list filter offers someone: a province coordinator only their own, everyone else all. */
    public List<ProvinceView> provincesFor(Actor actor) {
        List<ProvinceView> all = provinces();
        return actor.scope() instanceof CityScope.Province province
                ? all.stream().filter(p -> p.code().equals(province.code())).toList() : all;
    }

    public List<String> tags() {
        return jdbc.sql("SELECT DISTINCT tag FROM city_tag ORDER BY tag").query(String.class).list();
    }

    public boolean cityExists(String code) {
        return code != null && jdbc.sql("SELECT count(*) FROM city WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    public boolean provinceExists(String code) {
        return code != null && jdbc.sql("SELECT count(*) FROM province WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** The names of the given people, by id (unknown ids left out): how accounts show who a user is. */
    public Map<Long, String> personNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, name FROM person WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<String> cityName(String code) {
        return jdbc.sql("SELECT name FROM city WHERE code = :code").param("code", code).query(String.class).optional();
    }

    private String provinceOf(String cityCode) {
        return jdbc.sql("SELECT province_code FROM city WHERE code = :code").param("code", cityCode).query(String.class).single();
    }

    private List<AppointmentView> appointments(String condition, Object value) {
        return jdbc.sql("SELECT " + APPOINTMENT_COLUMNS + " WHERE " + condition + " ORDER BY a.start_date DESC, a.id DESC")
                .param("today", today()).param("key", value).query(CityDirectory::appointment).list();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static CitySummary summary(ResultSet rs, int row) throws SQLException {
        String membership = rs.getString("membership");
        return new CitySummary(rs.getString("code"), rs.getString("name"), CityLevel.valueOf(rs.getString("level")),
                rs.getString("kind"), rs.getString("province_code"), rs.getString("province_name"),
                Membership.valueOf(membership), date(rs, "member_since"), strings(rs.getArray("tags")),
                strings(rs.getArray("liaisons")));
    }

    /** A past post as shown outside the secretariat: who held it and when, without the holder's contact details. */
    private static AppointmentView namesAndDatesOnly(AppointmentView a) {
        return new AppointmentView(a.id(), a.cityCode(), a.cityName(), a.personId(), a.personName(), null, null, null, null,
                null, a.role(), a.from(), a.to(), a.active());
    }

    private static CityPerson cityPerson(ResultSet rs, int row) throws SQLException {
        return new CityPerson(rs.getLong("person_id"), rs.getString("name"), rs.getString("city_code"),
                rs.getBoolean("active"), date(rs, "start_date"), date(rs, "ended_on"));
    }

    private static PersonView person(ResultSet rs, List<AppointmentView> appointments) throws SQLException {
        return new PersonView(rs.getLong("id"), rs.getString("name"),
                Optional.ofNullable(rs.getString("gender")).map(Gender::valueOf).orElse(null),
                rs.getString("post"), rs.getString("unit"), rs.getString("mobile"), rs.getString("office_phone"),
                rs.getString("email"), rs.getString("address"), rs.getLong("version"), appointments);
    }

    private static AppointmentView appointment(ResultSet rs, int row) throws SQLException {
        return new AppointmentView(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("post"), rs.getString("unit"),
                rs.getString("mobile"), rs.getString("office_phone"), rs.getString("email"),
                LiaisonRole.valueOf(rs.getString("role")), date(rs, "start_date"), date(rs, "end_date"),
                rs.getBoolean("active"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
