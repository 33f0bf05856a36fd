package org.citybridge.circulars;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

import org.citybridge.circulars.domain.CircularCorrections;
import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.CircularReminders;
import org.citybridge.circulars.domain.DeliveryRecords;
import org.citybridge.circulars.domain.OutsideReplies;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.Targets;
import org.citybridge.shared.DateRange;
import org.springframework.stereotype.Service;

/**
 * Circulars for other modules: issue one whose cities reply on the other module's page, move its deadline with the
 * other module's, record each city's reply there, remind the cities that have not replied and follow who read and
 * replied. Each call goes through the same
 * services, rules and access checks as the circulars' own pages, and joins the caller's transaction.
 */
@Service
public class CircularsApi {

    private final CircularIssuing issuing;
    private final OutsideReplies replies;
    private final CircularReminders reminders;
    private final CircularQueries queries;
    private final CircularCorrections corrections;
    private final DeliveryRecords records;

    CircularsApi(CircularIssuing issuing, OutsideReplies replies, CircularReminders reminders, CircularQueries queries,
                 CircularCorrections corrections, DeliveryRecords records) {
        this.issuing = issuing;
        this.corrections = corrections;
        this.replies = replies;
        this.reminders = reminders;
        this.queries = queries;
        this.records = records;
    }

    /**
     * Writes and issues the circular at once, as the secretariat: one copy per targeted city, its liaisons mailed.
     * Refused like any circular (on fields {@code docNumber}, {@code title}, {@code bodyHtml}, {@code targets},
     * {@code deadline}); nothing is written then.
     */
    public IssuedCircular issue(NewCircular circular) {
        CircularDraft draft = new CircularDraft(circular.docNumber(), circular.title(), Urgency.NORMAL, circular.bodyHtml(),
                circular.targets(), null, circular.deadline());
        CircularIssuing.Issued issued = issuing.issueReplyingAt(draft, circular.replyLink());
        return new IssuedCircular(issued.result().circularId(), issued.cityCodes());
    }

    /**
     * Moves the circular's deadline, as the secretariat corrects a circular: a revision in its history with the note,
     * the cities mailed the correction, replies already given kept; {@code body} rewrites its text for the new
     * deadline (the text as it stands → as it becomes). Nothing is changed (answers false) once the circular is
     * withdrawn or when it already has that deadline; a deadline not ahead is refused on field {@code deadline}.
     */
    public boolean moveDeadline(long circularId, Instant deadline, String note, UnaryOperator<String> body) {
        return corrections.moveDeadline(circularId, deadline, note, body);
    }

    /** The cities the targets reach today, by province and code, for the secretariat choosing them. */
    public List<CityRef> reach(Targets targets) {
        return issuing.reach(targets);
    }

    /**
     * The city replied on the page the circular links to, by the current actor, now. Nothing is recorded (answers
     * false) when the circular did not reach the city or no longer takes replies; a reply is never refused for that.
     *
     * @param detail what the reply was, kept in the copy's history
     */
    public boolean recordReply(long circularId, String cityCode, String detail) {
        return replies.record(circularId, cityCode, detail);
    }

    /** Reminds those of the cities that have not replied, by mail to their liaisons (the secretariat only); answers how many. */
    public int remindUnreplied(long circularId, Collection<String> cityCodes) {
        return reminders.remindUnreplied(circularId, cityCodes);
    }

    /** Every city's copy within the caller's scope (the secretariat or a province coordinator), by province and city. */
    public List<CircularDelivery> deliveries(long circularId) {
        return queries.deliveries(circularId).stream().map(row -> new CircularDelivery(row.cityCode(), row.cityName(),
                row.provinceCode(), row.provinceName(), row.readAt(), row.repliedAt())).toList();
    }

    /**
     * Every city's copy of every circular issued in the period (withdrawn ones included, marked), by city and issue
     * time: a year's work records for the evaluation, which checks who may read them. Whether a copy expects a reply
     * is the same condition as the tracking's (a receipt form or a reply link).
     */
    public List<DeliveryRecord> deliveryRecords(DateRange period) {
        return records.issuedIn(period);
    }
}
