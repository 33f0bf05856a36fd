package org.citybridge.circulars;

import java.util.Comparator;
import java.util.List;

import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.DeliveryStatus;
import org.citybridge.circulars.domain.InboxItem;
import org.springframework.stereotype.Service;

/** What the signed-in liaison's city has to do about circulars, for the liaison's home page. */
@Service
public class OwnCityCirculars {

    /** Overdue replies first, then replies due by deadline, then circulars only to read (the newest first). */
    private static final Comparator<CircularToDo> MOST_PRESSING = Comparator.comparing(CircularToDo::overdue).reversed()
            .thenComparing(CircularToDo::replyDue, Comparator.reverseOrder())
            .thenComparing(CircularToDo::deadline, Comparator.nullsLast(Comparator.naturalOrder()));

    private final CircularQueries queries;

    OwnCityCirculars(CircularQueries queries) {
        this.queries = queries;
    }

    /** The city's circulars still unread or waiting for its reply; refused to anyone but a liaison. */
    public List<CircularToDo> toDo() {
        return queries.inbox().stream().filter(item -> !item.withdrawn()).map(OwnCityCirculars::toDo)
                .filter(item -> item.unread() || item.replyDue()).sorted(MOST_PRESSING).toList();
    }

    private static CircularToDo toDo(InboxItem item) {
        return new CircularToDo(item.deliveryId(), item.title(), item.deadline(), item.unread(), item.replyDue(),
                item.replyDue() && item.status() == DeliveryStatus.OVERDUE);
    }
}
