package org.citybridge.events.domain;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.citybridge.directory.TargetMode;
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
 * The invitations (邀请通知) to an open event: circulars of the circulars module, issued through its API, whose body
 * links to each city's registration page and whose reply is the city's delegation (recorded in circulars when the city
 * registers or declines, so that its tracking and reminders see it answered). The first invitation may be followed by
 * supplementary ones (补充邀请) to cities not invited yet, each its own circular with the same deadline and link; the
 * board then lists every invited city once and reminds those with no answer, each at most once a day. The circulars'
 * deadline follows the event's registration deadline.
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

    /**
     * The invitation as the form first shows it: no number yet, the title and text written from the event (a
     * supplementary invitation's title says so once the event has one), every member city not yet invited.
     */
    @Transactional(readOnly = true)
    public InvitationDraft blank(long eventId) {
        access.requireSecretariat();
        EventView event = store.view(store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId)));
        return new InvitationDraft("", defaultTitle(event, !records.all(eventId).isEmpty()), defaultBody(event), Targets.allMembers());
    }

    /**
     * Issues an invitation of an open event to the chosen cities, with the event's registration deadline as the
     * circular's: the first one, or a supplementary one to the chosen cities that no earlier invitation reached (the
     * others are left out and counted; none left is refused on {@code targets}). Refused when the event is not open
     * or its deadline has passed, and as any circular (its number, title, text and cities), nothing being written
     * then. A title or text left out (null) is the default one; the text, unless empty, ends with the deadline and
     * the link to the city's registration page.
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
        List<InvitationView> earlier = records.all(eventId);
        Targets targets = draft.targets();
        int alreadyInvited = 0;
        if (!earlier.isEmpty() && targets != null) {
            InvitationReach reach = beyond(invitedCodes(earlier), targets);
            alreadyInvited = reach.alreadyInvited();
            if (alreadyInvited > 0) {
                targets = new Targets(TargetMode.PICKED, List.of(), null, null, reach.cities().stream().map(CityRef::code).toList());
            }
        }
        EventView event = store.view(row);
        String title = draft.title() == null ? defaultTitle(event, !earlier.isEmpty()) : draft.title();
        String body = draft.bodyHtml() == null ? defaultBody(event) : draft.bodyHtml();
        String registration = "/admin/events/" + eventId + "/delegation";
        if (!RichText.plainText(body).isEmpty()) {
            body += registrationParagraph(event, registration);
        }
        IssuedCircular issued = circulars.issue(new NewCircular(draft.docNumber(), title, body, targets,
                row.registrationClosesAt(), registration));
        records.insert(eventId, issued.circularId(), draft.docNumber().strip(), title.strip(), issued.cityCodes().size(),
                actor.username(), clock.instant());
        return new Invitation(issued.circularId(), issued.cityCodes(), alreadyInvited);
    }

    /**
     * The cities chosen targets would invite today, those invited already left out (refused on {@code targets} when
     * that leaves none), for the form's live count; the secretariat only, checked by circulars.
     */
    @Transactional(readOnly = true)
    public InvitationReach reach(long eventId, Targets targets) {
        access.requireSecretariat();
        return beyond(invitedCodes(records.all(eventId)), targets);
    }

    /** The event's invitations, the first one first; for the secretariat and province coordinators. */
    @Transactional(readOnly = true)
    public List<InvitationView> invitations(long eventId) {
        access.requireBoard();
        return records.all(eventId);
    }

    /** The invitations with where each invited city in the caller's scope stands: read, answered, reminded. */
    @Transactional(readOnly = true)
    public Optional<InvitationProgress> progress(long eventId) {
        access.requireBoard();
        List<InvitationView> invitations = records.all(eventId);
        if (invitations.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LocalDate> reminded = records.lastReminded(eventId);
        Map<String, InvitationProgress.InvitedCity> cities = new LinkedHashMap<>();
        deliveries(invitations).forEach((city, copy) -> cities.put(city, new InvitationProgress.InvitedCity(
                copy.delivery().readAt(), copy.delivery().repliedAt(), reminded.get(city))));
        return Optional.of(new InvitationProgress(invitations, cities));
    }

    /**
     * Mails the liaisons of every invited city that has not answered (registered or declined), through the reminder
     * of the circular that invited it, each city at most once a day whoever presses; while the event takes
     * registrations (open).
     */
    public Reminded remindUnanswered(long eventId) {
        Actor actor = access.requireSecretariat();
        EventRow event = store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        if (event.status() != EventStatus.OPEN) {
            throw new RuleViolation(null, "event.invitation.error.remindNotOpen", EventLifecycle.label(event.status()));
        }
        List<InvitationView> invitations = records.all(eventId);
        if (invitations.isEmpty()) {
            throw new RuleViolation(null, "event.invitation.error.none");
        }
        Set<String> answered = store.delegations(eventId, "TRUE", Map.of()).stream().map(DelegationRow::cityCode)
                .collect(Collectors.toSet());
        Map<Long, List<String>> unanswered = new LinkedHashMap<>();
        deliveries(invitations).forEach((city, copy) -> {
            if (!answered.contains(city)) {
                unanswered.computeIfAbsent(copy.circularId(), c -> new ArrayList<>()).add(city);
            }
        });
        Instant now = clock.instant();
        List<String> all = unanswered.values().stream().flatMap(List::stream).toList();
        Set<String> due = Set.copyOf(records.recordReminders(eventId, all, LocalDate.ofInstant(now, properties.timeZone()),
                actor.username(), now));
        unanswered.forEach((circular, cities) -> circulars.remindUnreplied(circular, cities.stream().filter(due::contains).toList()));
        return new Reminded(due.size(), all.size() - due.size());
    }

    /** The cities the invitations reached within the caller's scope, each once; empty when not invited. */
    @Transactional(readOnly = true)
    Optional<List<CityRef>> invitedCities(long eventId) {
        List<InvitationView> invitations = records.all(eventId);
        if (invitations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(deliveries(invitations).values().stream().map(InvitedCopy::delivery)
                .map(d -> new CityRef(d.cityCode(), d.cityName(), d.provinceCode(), d.provinceName())).toList());
    }

    /** The city answered the event (registered, amended or declined): the copy of the invitation that reached it is answered too. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAnswer(long eventId, String cityCode, DelegationAnswer answer) {
        for (InvitationView invitation : records.all(eventId)) {
            if (circulars.recordReply(invitation.circularId(), cityCode, answer.name())) {
                return;
            }
        }
    }

    /**
     * Whether the event's deadline may move to {@code to}: once the event is invited only ahead, as a circular's
     * deadline (the invitations follow it); the problem on the event form's field otherwise.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<RuleViolation> deadlineProblem(long eventId, Instant to) {
        if (to == null || to.isAfter(clock.instant()) || records.all(eventId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation("registrationClosesAt", "event.invitation.error.deadlineNotAhead"));
    }

    /**
     * The event's registration deadline moved from {@code from} to {@code to}: every invitation in force takes it as
     * its circular's deadline, corrected through circulars (its history, the cities mailed), its closing paragraph
     * naming the new deadline; the replies already given stay.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void followDeadline(long eventId, Instant from, Instant to) {
        String before = registrationSentence(from);
        String after = registrationSentence(to);
        String note = text("event.invitation.deadlineFollowed", dates.format(from), dates.format(to));
        for (InvitationView invitation : records.all(eventId)) {
            circulars.moveDeadline(invitation.circularId(), to, note, body -> body.replace(before, after));
        }
    }

    /**
     * A press of "remind those with no answer".
     *
     * @param reminded     cities mailed now
     * @param alreadyToday cities without an answer left out, having been reminded earlier today
     */
    public record Reminded(int reminded, int alreadyToday) implements Serializable {
    }

    /** The cities the targets reach that no earlier invitation reached; none left (and some reached) is refused. */
    private InvitationReach beyond(Set<String> invited, Targets targets) {
        List<CityRef> reached = circulars.reach(targets);
        List<CityRef> fresh = reached.stream().filter(city -> !invited.contains(city.code())).toList();
        if (fresh.isEmpty() && !reached.isEmpty()) {
            throw new RuleViolation("targets", "event.invitation.error.allInvited", reached.size());
        }
        return new InvitationReach(fresh, reached.size() - fresh.size());
    }

    private Set<String> invitedCodes(List<InvitationView> invitations) {
        return deliveries(invitations).keySet();
    }

    /** Each invited city's copy within the caller's scope, by province and city, from the invitation that reached it. */
    private Map<String, InvitedCopy> deliveries(List<InvitationView> invitations) {
        Map<String, InvitedCopy> copies = new LinkedHashMap<>();
        for (InvitationView invitation : invitations) {
            for (CircularDelivery delivery : circulars.deliveries(invitation.circularId())) {
                copies.putIfAbsent(delivery.cityCode(), new InvitedCopy(invitation.circularId(), delivery));
            }
        }
        return copies.entrySet().stream().sorted(Map.Entry.comparingByValue(InvitedCopy.ORDER))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** A city's copy of the invitation circular that reached it. */
    private record InvitedCopy(long circularId, CircularDelivery delivery) {

        static final Comparator<InvitedCopy> ORDER = Comparator.comparing((InvitedCopy c) -> c.delivery().provinceCode())
                .thenComparing(c -> c.delivery().cityCode());
    }

    private String defaultTitle(EventView event, boolean supplementary) {
        return text(supplementary ? "event.invitation.supplementaryTitle" : "event.invitation.defaultTitle", event.title());
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
        return "<p>" + registrationSentence(event.registrationClosesAt()) + "<a href=\"" + link + "\">" + link + "</a></p>";
    }

    /** The paragraph's sentence naming the deadline, as it stands in the circular's sanitized text. */
    private String registrationSentence(Instant deadline) {
        return RichText.sanitize(HtmlUtils.htmlEscape(text("event.invitation.registration", dates.format(deadline))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CIRCULAR_LOCALE);
    }

}
