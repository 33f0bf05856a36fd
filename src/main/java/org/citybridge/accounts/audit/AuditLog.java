package org.citybridge.accounts.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Who changed what, when, with the state before and after; written in the transaction of the change itself. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId,
                       Map<String, Object> before, Map<String, Object> after) {
        jdbc.sql("""
                        INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before, after)
                        VALUES (:at, :actor, :action, :type, :id, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .param("at", OffsetDateTime.now(clock))
                .param("actor", actor).param("action", action).param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("before", before == null || before.isEmpty() ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    @Transactional(readOnly = true)
    public PageOf<AuditEntry> search(AuditFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor = :actor");
            params.put("actor", filter.actor().strip());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            conditions.add("entity_type = :type");
            params.put("type", filter.entityType());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            conditions.add("entity_id = :id");
            params.put("id", filter.entityId().strip());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.put("from", filter.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + where).params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("SELECT id, at, actor, action, entity_type, entity_id, before::text AS before, after::text AS after FROM audit_log"
                        + where + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getString("before"), rs.getString("after")))
                .list();
        return new PageOf<>(items, total, page, size);
    }

    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type").query(String.class).list();
    }

    public record AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {
    }

    public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
                             String before, String after) {
    }
}
