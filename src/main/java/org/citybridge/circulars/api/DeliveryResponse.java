package org.citybridge.circulars.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.circulars.domain.CircularDetails;
import org.citybridge.circulars.domain.DeliveryDetails;
import org.citybridge.circulars.domain.DeliveryStatus;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptAnswers;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.TrackingRow;

/**
 * One city's copy as the API answers it (docs/api.md): where it stands, its answers by question key, and the
 * circular. Answers to a delegates question are lists of {@code {name, post, phone}}, whatever else was once stored.
 */
record DeliveryResponse(long deliveryId, String cityCode, String cityName, DeliveryStatus status, Instant readAt,
                        String readBy, Instant repliedAt, String repliedBy, Instant reopenedUntil, boolean receiptOpen,
                        boolean unseenChanges, Map<String, Object> answers, CircularResponse circular) {

    static DeliveryResponse of(DeliveryDetails d) {
        return new DeliveryResponse(d.deliveryId(), d.cityCode(), d.cityName(), d.status(), d.readAt(), d.readBy(),
                d.repliedAt(), d.repliedBy(), d.reopenedUntil(), d.receiptOpen(), d.unseenChanges(),
                answers(d.circular(), d.answers()), CircularResponse.of(d.circular()));
    }

    /** One row of a circular's deliveries list: where the city stands and its answers, without the circular. */
    record Row(long deliveryId, String cityCode, String cityName, String provinceCode, String provinceName,
               DeliveryStatus status, Instant readAt, String readBy, Instant repliedAt, String repliedBy,
               Instant reopenedUntil, String recipients, Map<String, Object> answers) {

        static Row of(CircularDetails circular, TrackingRow r) {
            return new Row(r.deliveryId(), r.cityCode(), r.cityName(), r.provinceCode(), r.provinceName(), r.status(),
                    r.readAt(), r.readBy(), r.repliedAt(), r.repliedBy(), r.reopenedUntil(), r.recipients(),
                    DeliveryResponse.answers(circular, r.answers()));
        }
    }

    record Person(String name, String post, String phone) {
    }

    /** The answers by question key, in the form's order; delegates reduced to name, post and phone. */
    static Map<String, Object> answers(CircularDetails circular, ReceiptAnswers answers) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (!circular.hasReceipt() || answers.isEmpty()) {
            return result;
        }
        for (ReceiptField field : circular.receiptForm().fields()) {
            if (!answers.values().containsKey(field.key())) {
                continue;
            }
            result.put(field.key(), field.type() == FieldType.DELEGATES ? delegates(answers, field) : answers.values().get(field.key()));
        }
        return result;
    }

    private static List<Person> delegates(ReceiptAnswers answers, ReceiptField field) {
        return answers.delegates(field.key()).stream().map(d -> new Person(d.name(), d.post(), d.phone())).toList();
    }
}
