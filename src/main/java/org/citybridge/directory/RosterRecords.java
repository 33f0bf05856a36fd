package org.citybridge.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.citybridge.shared.DateRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster as a period's work records need it: every liaison term overlapping the period, the member cities and the
 * roster confirmations. Reads every city at once and checks no access: the calling module (the evaluation) does.
 */
@Service
@Transactional(readOnly = true)
public class RosterRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    RosterRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every appointment (primary and deputy) held on at least one day of the period, by city and start. */
    public List<LiaisonTerm> liaisonTerms(DateRange period) {
        return jdbc.sql("""
                        SELECT a.id, a.person_id, p.name, a.city_code, a.role, a.start_date, a.end_date
                        FROM liaison_appointment a JOIN person p ON p.id = a.person_id
                        WHERE a.start_date < :until AND (a.end_date IS NULL OR a.end_date > :from)
                        ORDER BY a.city_code, a.start_date, a.id""")
                .param("from", period.from()).param("until", period.until())
                .query(RosterRecords::term).list();
    }

    /** The cities that are members today, by code. */
    public List<MemberCity> memberCities() {
        return jdbc.sql("""
                        SELECT c.code, c.name, c.province_code, pr.name AS province_name, c.member_since
                        FROM city c JOIN province pr ON pr.code = c.province_code
                        WHERE c.membership = :member ORDER BY c.code""")
                .param("member", Membership.MEMBER.name())
                .query((rs, n) -> new MemberCity(rs.getString("code"), rs.getString("name"), rs.getString("province_code"),
                        rs.getString("province_name"), rs.getObject("member_since", LocalDate.class)))
                .list();
    }

    /** Every roster confirmation made during the period, by time. */
    public List<RosterConfirmation> confirmations(DateRange period) {
        return jdbc.sql("""
                        SELECT id, city_code, person_id, confirmed_by, confirmed_at FROM roster_confirmation
                        WHERE confirmed_at >= :from AND confirmed_at < :until ORDER BY confirmed_at, id""")
                .param("from", Timestamp.from(period.startsAt(clock.getZone())))
                .param("until", Timestamp.from(period.endsAt(clock.getZone())))
                .query(RosterRecords::confirmation).list();
    }

    /** The city's latest confirmation, if any. */
    public Optional<RosterConfirmation> latestConfirmation(String cityCode) {
        return jdbc.sql("""
                        SELECT id, city_code, person_id, confirmed_by, confirmed_at FROM roster_confirmation
                        WHERE city_code = :city ORDER BY confirmed_at DESC, id DESC LIMIT 1""")
                .param("city", cityCode).query(RosterRecords::confirmation).optional();
    }

    private static RosterConfirmation confirmation(ResultSet rs, int row) throws SQLException {
        return new RosterConfirmation(rs.getLong("id"), rs.getString("city_code"), rs.getObject("person_id", Long.class),
                rs.getString("confirmed_by"), rs.getTimestamp("confirmed_at").toInstant());
    }

    private static LiaisonTerm term(ResultSet rs, int row) throws SQLException {
        return new LiaisonTerm(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"), rs.getString("city_code"),
                LiaisonRole.valueOf(rs.getString("role")), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class));
    }
}
