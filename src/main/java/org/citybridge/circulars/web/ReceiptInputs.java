package org.citybridge.circulars.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.circulars.domain.Delegate;
import org.citybridge.circulars.domain.DeliveryDetails;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptInput;

/** The receipt form filled with what the city answered last, for amending it. */
final class ReceiptInputs {

    private ReceiptInputs() {
    }

    static ReceiptInput of(DeliveryDetails delivery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<Delegate>> delegates = new LinkedHashMap<>();
        if (delivery.circular().receiptForm() != null) {
            for (ReceiptField field : delivery.circular().receiptForm().fields()) {
                if (field.type() == FieldType.DELEGATES) {
                    delegates.put(field.key(), delivery.answers().delegates(field.key()));
                } else {
                    values.put(field.key(), delivery.answers().choices(field.key()));
                }
            }
        }
        return new ReceiptInput(values, delegates);
    }
}
