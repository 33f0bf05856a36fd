package org.citybridge.accounts.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.citybridge.accounts.audit.AuditLog.AuditEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry as people read it: the action and the kind of record by name, and a table of the fields that
 * changed, labelled and with coded values (roles, genders, ...) named, in the reader's language.
 */
@Component
class AuditDisplay {

    /** Fields whose stored value is a code, with the message prefix naming it; "entity.field" before "field". */
    private static final Map<String, String> CODED_VALUES = Map.of(
            "gender", "gender", "membership", "membership", "appointment.role", "liaisonRole", "account.role", "role",
            "city_leader.post", "leaderPost", "account.language", "account.language", "city_batch.action", "bulk.action");
    /** Fields that say what an entry was part of (the batch of a bulk action): shown even though they did not change. */
    private static final Set<String> CONTEXT = Set.of("batch");

    private final MessageSource messages;
    private final JsonMapper json;

    AuditDisplay(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    record Change(String label, String before, String after) {
    }

    record Row(AuditEntry entry, String action, String entity, List<Change> changes) {
    }

    List<Row> rows(List<AuditEntry> entries) {
        return entries.stream().map(this::row).toList();
    }

    String entityName(String entityType) {
        return message("audit.entity." + entityType, entityType);
    }

    private Row row(AuditEntry entry) {
        Map<String, Object> before = parse(entry.before());
        Map<String, Object> after = parse(entry.after());
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (Objects.equals(was, is) && (!before.isEmpty() || is == null)) {
                if (CONTEXT.contains(field) && is != null) {
                    changes.add(new Change(label(entry.entityType(), field), "", value(entry.entityType(), field, is)));
                }
                continue;
            }
            changes.add(new Change(label(entry.entityType(), field), value(entry.entityType(), field, was),
                    value(entry.entityType(), field, is)));
        }
        return new Row(entry, message("audit.action." + entry.action(), entry.action()), entityName(entry.entityType()),
                changes);
    }

    private String label(String entityType, String field) {
        return message("audit.field." + entityType + "." + field, message("audit.field." + field, field));
    }

    private String value(String entityType, String field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return message(yes ? "common.yes" : "common.no", String.valueOf(yes));
        }
        if (value instanceof Collection<?> items) {
            return String.join("、", items.stream().map(String::valueOf).toList());
        }
        String prefix = CODED_VALUES.getOrDefault(entityType + "." + field, CODED_VALUES.get(field));
        String text = String.valueOf(value);
        return prefix == null ? text : message(prefix + "." + text, text);
    }

    private Map<String, Object> parse(String text) {
        return text == null || text.isBlank() ? Map.of() : json.readValue(text, new TypeReference<Map<String, Object>>() {
        });
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
