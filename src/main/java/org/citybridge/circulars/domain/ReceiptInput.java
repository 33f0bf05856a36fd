package org.citybridge.circulars.domain;

import java.util.List;
import java.util.Map;

/**
 * A city's answers as typed, before they are checked against the form.
 *
 * @param values    the answer text(s) per field key; several for a multiple choice
 * @param delegates the delegates per field key of a delegates field
 */
public record ReceiptInput(Map<String, List<String>> values, Map<String, List<Delegate>> delegates) {

    public ReceiptInput {
        values = values == null ? Map.of() : Map.copyOf(values);
        delegates = delegates == null ? Map.of() : Map.copyOf(delegates);
    }

    public List<String> values(String key) {
        return values.getOrDefault(key, List.of());
    }

    public List<Delegate> delegates(String key) {
        return delegates.getOrDefault(key, List.of());
    }
}
