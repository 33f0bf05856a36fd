package org.citybridge.circulars.domain;

import java.util.List;
import java.util.Optional;

/** The questions staff ask every targeted city to answer. */
public record ReceiptForm(List<ReceiptField> fields) {

    public ReceiptForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<ReceiptField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public boolean hasDelegates() {
        return fields.stream().anyMatch(f -> f.type() == FieldType.DELEGATES);
    }
}
