package org.citybridge.circulars.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.Delegate;
import org.citybridge.circulars.domain.Deliveries;
import org.citybridge.circulars.domain.InboxItem;
import org.citybridge.circulars.domain.ReceiptInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A liaison's deliveries: the inbox, marking read, and the receipt. */
@RestController
class InboxApiController {

    private final CircularQueries queries;
    private final Deliveries deliveries;

    InboxApiController(CircularQueries queries, Deliveries deliveries) {
        this.queries = queries;
        this.deliveries = deliveries;
    }

    @GetMapping("/api/v1/inbox")
    List<InboxItem> inbox() {
        return queries.inbox();
    }

    @GetMapping("/api/v1/deliveries/{id}")
    DeliveryResponse delivery(@PathVariable long id) {
        return DeliveryResponse.of(queries.delivery(id));
    }

    @PostMapping("/api/v1/deliveries/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        deliveries.open(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Answers by question key: a text or number, a list of choices, or a list of {@code {name, post, phone}} for a
     * delegates question.
     */
    @PutMapping("/api/v1/deliveries/{id}/receipt")
    DeliveryResponse receipt(@PathVariable long id, @RequestBody ReceiptRequest request) {
        deliveries.submitReceipt(id, request.input());
        return DeliveryResponse.of(queries.delivery(id));
    }

    record ReceiptRequest(Map<String, Object> answers) {

        ReceiptInput input() {
            Map<String, List<String>> values = new LinkedHashMap<>();
            Map<String, List<Delegate>> delegates = new LinkedHashMap<>();
            (answers == null ? Map.<String, Object>of() : answers).forEach((key, value) -> {
                if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map)) {
                    List<Delegate> people = new ArrayList<>();
                    list.forEach(item -> people.add(item instanceof Map<?, ?> map
                            ? new Delegate(text(map.get("name")), text(map.get("post")), text(map.get("phone")))
                            : new Delegate(text(item), null, null)));
                    delegates.put(key, people);
                } else if (value instanceof List<?> list) {
                    values.put(key, list.stream().map(InboxApiController::text).toList());
                } else if (value != null) {
                    values.put(key, List.of(text(value)));
                }
            });
            return new ReceiptInput(values, delegates);
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
