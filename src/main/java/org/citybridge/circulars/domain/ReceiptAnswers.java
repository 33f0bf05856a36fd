package org.citybridge.circulars.domain;

import java.util.List;
import java.util.Map;

/** A city's kept answers by field key: text, a list of choices, or a list of delegates. */
public record ReceiptAnswers(Map<String, Object> values) {

    public ReceiptAnswers {
        values = values == null ? Map.of() : values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String text(String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            return String.join("、", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }

    public List<String> choices(String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    public List<Delegate> delegates(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(ReceiptAnswers::delegate).toList();
    }

    /** How the answer reads in a table cell or a spreadsheet. */
    public String display(ReceiptField field) {
        if (field.type() == FieldType.DELEGATES) {
            return String.join("；", delegates(field.key()).stream()
                    .map(d -> String.join(" / ", nonNull(d.name()), nonNull(d.post()), nonNull(d.phone()))).toList());
        }
        return text(field.key());
    }

    private static Delegate delegate(Object item) {
        if (item instanceof Delegate d) {
            return d;
        }
        if (item instanceof Map<?, ?> map) {
            return new Delegate(string(map.get("name")), string(map.get("post")), string(map.get("phone")));
        }
        return new Delegate(String.valueOf(item), null, null);
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
