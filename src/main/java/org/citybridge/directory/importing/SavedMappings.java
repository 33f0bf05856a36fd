package org.citybridge.directory.importing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.directory.TypedText;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The column mappings the secretariat saved under a name; saving under a name already used replaces that mapping. */
@Component
public class SavedMappings {

    static final int MAX_NAME = 60;
    private static final TypeReference<Map<String, String>> COLUMNS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RosterAccess access;
    private final Clock clock;

    SavedMappings(JdbcClient jdbc, JsonMapper json, RosterAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.clock = clock;
    }

    public List<SavedMapping> all() {
        access.requireSecretariat();
        return jdbc.sql("SELECT id, name, columns::text FROM roster_import_mapping ORDER BY name")
                .query((rs, n) -> mapping(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<SavedMapping> find(long id) {
        access.requireSecretariat();
        return jdbc.sql("SELECT id, name, columns::text FROM roster_import_mapping WHERE id = :id").param("id", id)
                .query((rs, n) -> mapping(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    public Optional<SavedMapping> findByName(String name) {
        access.requireSecretariat();
        return jdbc.sql("SELECT id, name, columns::text FROM roster_import_mapping WHERE name = :name")
                .param("name", TypedText.tidy(name))
                .query((rs, n) -> mapping(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Saves what each headed column of the file holds (or that it is ignored) under the name. */
    @Transactional
    public SavedMapping save(String name, DetectedLayout layout) {
        String username = access.requireSecretariat().username();
        String tidied = TypedText.tidy(name);
        if (tidied.isEmpty() || tidied.length() > MAX_NAME) {
            throw new RuleViolation("mappingName", "import.mapping.name", MAX_NAME);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> headers = layout.headers();
        for (int index = 0; index < headers.size(); index++) {
            if (!headers.get(index).isEmpty()) {
                columns.putIfAbsent(HeaderNames.normalise(headers.get(index)),
                        layout.layout().mapping().at(index).map(RosterColumn::field).orElse(""));
            }
        }
        long id = jdbc.sql("""
                INSERT INTO roster_import_mapping (name, columns, saved_by, saved_at) VALUES (:name, CAST(:columns AS jsonb), :by, :at)
                ON CONFLICT (name) DO UPDATE SET columns = EXCLUDED.columns, saved_by = EXCLUDED.saved_by, saved_at = EXCLUDED.saved_at
                RETURNING id""").param("name", tidied).param("columns", json.writeValueAsString(columns))
                .param("by", username).param("at", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        return new SavedMapping(id, tidied, columns);
    }

    /** Removes the mapping; files it was used for keep their imports, which hold their own layout. */
    @Transactional
    public boolean delete(long id) {
        access.requireSecretariat();
        return jdbc.sql("DELETE FROM roster_import_mapping WHERE id = :id").param("id", id).update() == 1;
    }

    private SavedMapping mapping(long id, String name, String columns) {
        return new SavedMapping(id, name, json.readValue(columns, COLUMNS));
    }
}
