package org.citybridge.circulars.domain;

import java.util.List;
import java.util.Map;

import org.citybridge.directory.Targets;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How targets, receipt forms, answers and change lists are kept in JSONB columns. */
@Component
class CircularJson {

    private final JsonMapper json;

    CircularJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    Targets targets(String text) {
        return json.readValue(text, Targets.class);
    }

    ReceiptForm form(String text) {
        return text == null ? null : json.readValue(text, ReceiptForm.class);
    }

    ReceiptAnswers answers(String text) {
        return new ReceiptAnswers(text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, Object>>() {
        }));
    }

    List<Change> changes(String text) {
        return text == null ? List.of() : json.readValue(text, new TypeReference<List<Change>>() {
        });
    }
}
