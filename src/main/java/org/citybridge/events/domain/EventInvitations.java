package org.citybridge.events.domain;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.circulars.CircularDelivery;
import org.citybridge.circulars.CircularsApi;
import org.citybridge.circulars.IssuedCircular;
import org.citybridge.circulars.NewCircular;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.Targets;
import org.citybridge.events.domain.EventStore.DelegationRow;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.Dates;
import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation (邀请通知) to an open event: a circular of the circulars module, issued through its API, whose body
 * links to each city's registration page and whose reply is the city's delegation (recorded in circulars when the city
 * registers or declines, so that its tracking and reminders see it answered). One invitation per event; the board
 * then lists the invited cities and reminds those with no answer, each at most once a day.
 */
@Service
@Transactional
public class EventInvitations {

    private static final Locale CIRCULAR_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final EventStore store;
    private final InvitationRecords records;
    private final EventAccess access;
    private final CircularsApi circulars;
    private final MessageSource messages;
    private final CityBridgeProperties properties;
    private final Dates dates;
    private final Clock clock;

    EventInvitations(EventStore store, InvitationRecords records, EventAccess access, CircularsApi circulars,
                     MessageSource messages, CityBridgeProperties properties, Dates dates, Clock clock) {
        this.store = store;
        this.records = records;
        this.access = access;
        this.circulars = circulars;
        this.messages = messages;
        this.properties = properties;
        this.dates = dates;
        this.clock = clock;
    }

    /** The invitation as the form first shows it: no number yet, the title and text written from the event. */
    @Transactional(readOnly = true)
    public InvitationDraft blank(long eventId) {
        access.requireSecretariat();
        EventView event = store.view(store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId)));
        return new InvitationDraft("", defaultTitle(event), defaultBody(event), Targets.allMembers());
    }

    /**
     * Issues the invitation of an open event to the chosen cities, with the event's registration deadline as the
     * circular's; refused when the event is not open or already has one, and as any circular (its number, title, text
     * and cities), nothing being written then. A title or text left out (null) is the default one; the text, unless
     * empty, ends with the deadline and the link to the city's registration page.
     */
    public Invitation invite(long eventId, InvitationDraft draft) {
        Actor actor = access.requireSecretariat();
        EventRow row = store.lockEvent(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        if (row.status() != EventStatus.OPEN) {
            throw new RuleViolation(null, "event.invitation.error.notOpen", EventLifecycle.label(row.status()));
        }
        if (!clock.instant().isBefore(row.registrationClosesAt())) {
            throw new RuleViolation(null, "event.invitation.error.pastDeadline", dates.format(row.registrationClosesAt()));
        }
        records.find(eventId).ifPresent(issued -> {
            throw new RuleViolation(null, "event.invitation.error.alreadyIssued", issued.docNumber());
        });
        EventView event = store.view(row);
        String title = draft.title() == null ? defaultTitle(event) : draft.title();
        String body = draft.bodyHtml() == null ? defaultBody(event) : draft.bodyHtml();
        String registration = "/admin/events/" + eventId + "/delegation";
        if (!RichText.plainText(body).isEmpty()) {
            body += registrationParagraph(event, registration);
        }
        IssuedCircular issued = circulars.issue(new NewCircular(draft.docNumber(), title, body, draft.targets(),
                row.registrationClosesAt(), registration));
        records.insert(eventId, issued.circularId(), draft.docNumber().strip(), title.strip(), issued.cityCodes().size(),
                actor.username(), clock.instant());
        return new Invitation(issued.circularId(), issued.cityCodes());
    }

    /** The cities chosen targets reach today, for the form's live count (the secretariat only, checked by circulars). */
    @Transactional(readOnly = true)
    public List<CityRef> reach(Targets targets) {
        return circulars.reach(targets);
    }

    /** The event's invitation, if it has one; for the secretariat and province coordinators. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> invitation(long eventId) {
        access.requireBoard();
        return records.find(eventId);
    }

    /** The invitation with where each invited city in the caller's scope stands: read, answered, reminded. */
    @Transactional(readOnly = true)
    public Optional<InvitationProgress> progress(long eventId) {
        access.requireBoard();
        return records.find(eventId).map(invitation -> {
            Map<String, LocalDate> reminded = records.lastReminded(eventId);
            Map<String, InvitationProgress.InvitedCity> cities = new LinkedHashMap<>();
            for (CircularDelivery delivery : circulars.deliveries(invitation.circularId())) {
                cities.put(delivery.cityCode(), new InvitationProgress.InvitedCity(delivery.readAt(), delivery.repliedAt(),
                        reminded.get(delivery.cityCode())));
            }
            return new InvitationProgress(invitation, cities);
        });
    }

    /**
     * Mails the liaisons of every invited city that has not answered (registered or declined), through the circular's
     * reminder, each city at most once a day whoever presses; while the event takes registrations (open).
     */
    public Reminded remindUnanswered(long eventId) {
        Actor actor = access.requireSecretariat();
        EventRow event = store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        if (event.status() != EventStatus.OPEN) {
            throw new RuleViolation(null, "event.invitation.error.remindNotOpen", EventLifecycle.label(event.status()));
        }
        InvitationView invitation = records.find(eventId)
                .orElseThrow(() -> new RuleViolation(null, "event.invitation.error.none"));
        Set<String> answered = store.delegations(eventId, "TRUE", Map.of()).stream().map(DelegationRow::cityCode)
                .collect(Collectors.toSet());
        List<String> unanswered = circulars.deliveries(invitation.circularId()).stream().map(CircularDelivery::cityCode)
                .filter(city -> !answered.contains(city)).toList();
        Instant now = clock.instant();
        List<String> due = records.recordReminders(eventId, unanswered, LocalDate.ofInstant(now, properties.timeZone()),
                actor.username(), now);
        circulars.remindUnreplied(invitation.circularId(), due);
        return new Reminded(due.size(), unanswered.size() - due.size());
    }

    /** The cities the invitation reached within the caller's scope, by province and city; empty when not invited. */
    @Transactional(readOnly = true)
    Optional<List<CityRef>> invitedCities(long eventId) {
        return records.find(eventId).map(invitation -> circulars.deliveries(invitation.circularId()).stream()
                .map(d -> new CityRef(d.cityCode(), d.cityName(), d.provinceCode(), d.provinceName())).toList());
    }

    /** The city answered the event (registered, amended or declined): the invitation's copy for it is answered too. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAnswer(long eventId, String cityCode, DelegationAnswer answer) {
        records.find(eventId).ifPresent(invitation -> circulars.recordReply(invitation.circularId(), cityCode, answer.name()));
    }

    /**
     * A press of "remind those with no answer".
     *
     * @param reminded     cities mailed now
     * @param alreadyToday cities without an answer left out, having been reminded earlier today
     */
    public record Reminded(int reminded, int alreadyToday) implements Serializable {
    }

    private String defaultTitle(EventView event) {
        return text("event.invitation.defaultTitle", event.title());
    }

    /** The invitation's text from the event: when and where, the notes for participants, the quota. */
    private String defaultBody(EventView event) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("event.invitation.defaultBody.greeting"));
        String place = event.venues().isEmpty() ? event.hostCityName()
                : event.venues().stream().map(VenueView::name).collect(Collectors.joining("、"));
        paragraphs.add(place == null ? text("event.invitation.defaultBody.when", dates.format(event.startsOn()),
                dates.format(event.endsOn()), event.title())
                : text("event.invitation.defaultBody.whenAndWhere", dates.format(event.startsOn()), dates.format(event.endsOn()),
                event.title(), place));
        if (!event.notes().isBlank()) {
            paragraphs.add(event.notes().strip());
        }
        if (event.cityQuota() != null) {
            paragraphs.add(text("event.invitation.defaultBody.quota", event.cityQuota()));
        }
        return paragraphs.stream().map(p -> "<p>" + HtmlUtils.htmlEscape(p).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    /** The paragraph every invitation ends with: the deadline and the link to the city's registration page. */
    private String registrationParagraph(EventView event, String registration) {
        String link = HtmlUtils.htmlEscape(properties.link(registration));
        return "<p>" + HtmlUtils.htmlEscape(text("event.invitation.registration", dates.format(event.registrationClosesAt())))
                + "<a href=\"" + link + "\">" + link + "</a></p>";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CIRCULAR_LOCALE);
    }

}
