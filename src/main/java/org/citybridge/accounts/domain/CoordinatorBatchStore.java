package org.citybridge.accounts.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every statement of coordinator batches: the lock on the accounts, and the batches kept for the list and for undo. */
@Component
class CoordinatorBatchStore {

    private static final String BATCH_COLUMNS = "id, undo_of, undone_by, actor, at, account_count FROM coordinator_batch";

    private final JdbcClient jdbc;
    private final Clock clock;

    CoordinatorBatchStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Holds the accounts until the transaction ends, so that nobody changes them between the plan and the apply. */
    void lock(Collection<Long> accountIds) {
        if (!accountIds.isEmpty()) {
            jdbc.sql("SELECT id FROM user_account WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", accountIds)
                    .query(Long.class).list();
        }
    }

    long insert(CoordinatorPlan plan, String actor) {
        long id = jdbc.sql("""
                        INSERT INTO coordinator_batch (undo_of, actor, at, account_count)
                        VALUES (:undoOf, :actor, :at, :count) RETURNING id""")
                .param("undoOf", plan.undoOf()).param("actor", actor).param("at", OffsetDateTime.now(clock))
                .param("count", plan.changes().size())
                .query(Long.class).single();
        if (plan.undoOf() != null) {
            jdbc.sql("UPDATE coordinator_batch SET undone_by = :id WHERE id = :undone").param("id", id)
                    .param("undone", plan.undoOf()).update();
        }
        for (CoordinatorLine change : plan.changes()) {
            jdbc.sql("""
                            INSERT INTO coordinator_batch_change (batch_id, account_id, before_province, after_province)
                            VALUES (:batch, :account, :before, :after)""")
                    .param("batch", id).param("account", change.accountId())
                    .param("before", change.fromProvince()).param("after", change.toProvince())
                    .update();
        }
        return id;
    }

    PageOf<CoordinatorBatchView> batches(int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM coordinator_batch").query(Long.class).single();
        List<CoordinatorBatchView> items = jdbc.sql("SELECT " + BATCH_COLUMNS + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size).query(CoordinatorBatchStore::batch).list();
        return new PageOf<>(items, total, page, size);
    }

    /** The batch with its changes; the province names are looked up in {@code provinces}, by code. */
    Optional<CoordinatorBatchDetails> details(long id, Map<String, String> provinces) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " WHERE id = :id").param("id", id).query(CoordinatorBatchStore::batch)
                .optional().map(batch -> new CoordinatorBatchDetails(batch, changes(id, provinces)));
    }

    private List<CoordinatorLine> changes(long batchId, Map<String, String> provinces) {
        return jdbc.sql("""
                        SELECT ch.account_id, a.username, a.display_name, ch.before_province, ch.after_province
                        FROM coordinator_batch_change ch JOIN user_account a ON a.id = ch.account_id
                        WHERE ch.batch_id = :batch ORDER BY ch.after_province, a.username""")
                .param("batch", batchId)
                .query((rs, n) -> new CoordinatorLine(rs.getLong("account_id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("before_province"),
                        provinces.get(rs.getString("before_province")), rs.getString("after_province"),
                        provinces.get(rs.getString("after_province"))))
                .list();
    }

    private static CoordinatorBatchView batch(ResultSet rs, int row) throws SQLException {
        return new CoordinatorBatchView(rs.getLong("id"), rs.getObject("undo_of", Long.class),
                rs.getObject("undone_by", Long.class), rs.getString("actor"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getInt("account_count"));
    }
}
