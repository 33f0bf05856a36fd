package org.citybridge.circulars.domain;

import java.util.List;

/**
 * One question of a receipt form.
 *
 * @param key     stable name of the answer, e.g. {@code f1}
 * @param options the choices, for single and multiple choice
 */
public record ReceiptField(String key, String label, FieldType type, boolean required, List<String> options) {

    public ReceiptField {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
