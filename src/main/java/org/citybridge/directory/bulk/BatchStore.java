package org.citybridge.directory.bulk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.citybridge.directory.Membership;
import org.citybridge.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every statement of bulk changes: the cities' current values, the change itself, and the batches kept for undo. */
@Component
class BatchStore {

    private static final String BATCH_COLUMNS = """
            id, action, tag, membership, member_since, undo_of, undone_by, actor, at, city_count FROM city_batch""";

    private final JdbcClient jdbc;
    private final Clock clock;

    BatchStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The cities as they stand, by code; {@code lock} holds them until the transaction ends, for an apply. */
    List<CityState> states(Collection<String> codes, boolean lock) {
        if (codes.isEmpty()) {
            return List.of();
        }
        if (lock) {
            jdbc.sql("SELECT code FROM city WHERE code IN (:codes) ORDER BY code FOR UPDATE").param("codes", codes)
                    .query(String.class).list();
        }
        return jdbc.sql("""
                        SELECT c.code, c.name, pr.name AS province_name, c.membership, c.member_since,
                               ARRAY(SELECT t.tag FROM city_tag t WHERE t.city_code = c.code) AS tags
                        FROM city c JOIN province pr ON pr.code = c.province_code
                        WHERE c.code IN (:codes) ORDER BY c.code""")
                .param("codes", codes).query(BatchStore::state).list();
    }

    long insert(BulkPlan plan, BulkOperation operation, String actor) {
        var membership = operation instanceof BulkOperation.SetMembership set ? set : null;
        long id = jdbc.sql("""
                        INSERT INTO city_batch (action, tag, membership, member_since, undo_of, actor, at, city_count)
                        VALUES (:action, :tag, :membership, :since, :undoOf, :actor, :at, :count) RETURNING id""")
                .param("action", plan.action().name()).param("tag", plan.tag())
                .param("membership", membership == null ? null : membership.membership().name())
                .param("since", membership == null ? null : membership.memberSince())
                .param("undoOf", plan.undoOf()).param("actor", actor).param("at", OffsetDateTime.now(clock))
                .param("count", plan.changes().size())
                .query(Long.class).single();
        if (plan.undoOf() != null) {
            jdbc.sql("UPDATE city_batch SET undone_by = :id WHERE id = :undone").param("id", id)
                    .param("undone", plan.undoOf()).update();
        }
        for (CityLine change : plan.changes()) {
            jdbc.sql("""
                            INSERT INTO city_batch_change (batch_id, city_code, before_membership, before_member_since,
                                after_membership, after_member_since, before_tagged, after_tagged)
                            VALUES (:batch, :city, :beforeMembership, :beforeSince, :afterMembership, :afterSince,
                                :beforeTagged, :afterTagged)""")
                    .param("batch", id).param("city", change.cityCode())
                    .param("beforeMembership", name(change.from().membership()))
                    .param("beforeSince", change.from().memberSince())
                    .param("afterMembership", name(change.to().membership())).param("afterSince", change.to().memberSince())
                    .param("beforeTagged", change.from().tagged()).param("afterTagged", change.to().tagged())
                    .update();
        }
        return id;
    }

    /** Writes the change's new value into the city; its version moves on, so a form opened before it is refused. */
    void write(String tag, CityLine change) {
        CityValue to = change.to();
        if (tag == null) {
            jdbc.sql("UPDATE city SET membership = :membership, member_since = :since, version = version + 1 WHERE code = :code")
                    .param("membership", to.membership().name()).param("since", to.memberSince())
                    .param("code", change.cityCode()).update();
            return;
        }
        if (to.tagged()) {
            jdbc.sql("INSERT INTO city_tag (city_code, tag) VALUES (:code, :tag) ON CONFLICT DO NOTHING")
                    .param("code", change.cityCode()).param("tag", tag).update();
        } else {
            jdbc.sql("DELETE FROM city_tag WHERE city_code = :code AND tag = :tag")
                    .param("code", change.cityCode()).param("tag", tag).update();
        }
        jdbc.sql("UPDATE city SET version = version + 1 WHERE code = :code").param("code", change.cityCode()).update();
    }

    PageOf<BatchView> batches(int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM city_batch").query(Long.class).single();
        List<BatchView> items = jdbc.sql("SELECT " + BATCH_COLUMNS + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size).query(BatchStore::batch).list();
        return new PageOf<>(items, total, page, size);
    }

    Optional<BatchDetails> details(long id) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " WHERE id = :id").param("id", id).query(BatchStore::batch).optional()
                .map(batch -> new BatchDetails(batch, changes(id)));
    }

    private List<CityLine> changes(long batchId) {
        return jdbc.sql("""
                        SELECT ch.*, c.name, pr.name AS province_name FROM city_batch_change ch
                        JOIN city c ON c.code = ch.city_code JOIN province pr ON pr.code = c.province_code
                        WHERE ch.batch_id = :batch ORDER BY ch.city_code""")
                .param("batch", batchId)
                .query((rs, n) -> new CityLine(rs.getString("city_code"), rs.getString("name"), rs.getString("province_name"),
                        value(rs, "before"), value(rs, "after")))
                .list();
    }

    private static CityValue value(ResultSet rs, String prefix) throws SQLException {
        Boolean tagged = rs.getObject(prefix + "_tagged", Boolean.class);
        return tagged != null ? CityValue.tagged(tagged)
                : CityValue.membership(Membership.valueOf(rs.getString(prefix + "_membership")),
                rs.getObject(prefix + "_member_since", LocalDate.class));
    }

    private static CityState state(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        Set<String> tagSet = tags == null ? Set.of() : new TreeSet<>(Arrays.asList((String[]) tags.getArray()));
        return new CityState(rs.getString("code"), rs.getString("name"), rs.getString("province_name"),
                Membership.valueOf(rs.getString("membership")), rs.getObject("member_since", LocalDate.class), tagSet);
    }

    private static BatchView batch(ResultSet rs, int row) throws SQLException {
        String membership = rs.getString("membership");
        return new BatchView(rs.getLong("id"), BulkAction.valueOf(rs.getString("action")), rs.getString("tag"),
                membership == null ? null : Membership.valueOf(membership), rs.getObject("member_since", LocalDate.class),
                rs.getObject("undo_of", Long.class), rs.getObject("undone_by", Long.class), rs.getString("actor"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getInt("city_count"));
    }

    private static String name(Membership membership) {
        return membership == null ? null : membership.name();
    }
}
