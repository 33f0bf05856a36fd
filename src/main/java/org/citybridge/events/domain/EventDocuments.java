package org.citybridge.events.domain;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.events.domain.PrintedDelegates.Printed;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The documents the secretariat prints for an event, of its registered delegates (all, or one city's), in the order
 * of {@link PrintedDelegates}: badges with each delegate's signed check-in code, table tents, sign-in sheets (a page
 * per city). Badges: the secretariat, or a liaison for its own city (the codes it already reads in its delegation);
 * table tents and sign-in sheets: the secretariat. Another city, or a draft, is unknown to a liaison. The PDF is
 * made in memory after the reads (no transaction is held while it is written) and answered whole.
 */
@Service
public class EventDocuments {

    private final EventStore store;
    private final PrintedDelegates delegates;
    private final EventAccess access;
    private final CityDirectory directory;
    private final CheckInCodes codes;
    private final BadgeSheet badgeSheet;
    private final TableTents tableTents;
    private final SignInSheet signInSheet;
    private final MessageSource messages;

    EventDocuments(EventStore store, PrintedDelegates delegates, EventAccess access, CityDirectory directory,
                   CheckInCodes codes, BadgeSheet badgeSheet, TableTents tableTents, SignInSheet signInSheet,
                   MessageSource messages) {
        this.store = store;
        this.delegates = delegates;
        this.access = access;
        this.directory = directory;
        this.codes = codes;
        this.badgeSheet = badgeSheet;
        this.tableTents = tableTents;
        this.signInSheet = signInSheet;
        this.messages = messages;
    }

    /** Badges (代表证) of every city's registered delegates, or of one city's ({@code cityCode}; a liaison's own always). */
    public byte[] badges(long eventId, String cityCode, Locale locale) {
        Actor actor = access.requireEvents();
        EventRow event = visible(eventId, actor);
        String city = access.requireBadges(actor, city(actor, cityCode));
        List<Badge> badges = delegates.registered(eventId, city).stream()
                .map(d -> new Badge(event.title(), d.name(), d.cityName(), d.unitAndPost(), roleLabel(d, locale),
                        codes.issue(eventId, d.id())))
                .toList();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        badgeSheet.write(badges, pdf);
        return pdf.toByteArray();
    }

    /** Table tents (桌签), one a delegate; the secretariat's. */
    public byte[] tableTents(long eventId, String cityCode) {
        Actor actor = access.requireSecretariat();
        EventRow event = visible(eventId, actor);
        List<TableTent> tents = delegates.registered(eventId, cityCode(actor, cityCode)).stream()
                .map(d -> new TableTent(d.name(), d.cityName())).toList();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        tableTents.write(tents, event.title(), pdf);
        return pdf.toByteArray();
    }

    /** Sign-in sheets (签到表), a page per city; the secretariat's. */
    public byte[] signInSheets(long eventId, String cityCode, Locale locale) {
        Actor actor = access.requireSecretariat();
        EventRow event = visible(eventId, actor);
        List<SignInEntry> entries = delegates.registered(eventId, cityCode(actor, cityCode)).stream()
                .map(d -> new SignInEntry(d.cityName(), d.name(), d.unit(), d.post(), roleLabel(d, locale))).toList();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        signInSheet.write(event.title(), entries, locale, pdf);
        return pdf.toByteArray();
    }

    /**
     * The cities whose documents the caller may print one by one: for the secretariat every city with registered
     * delegates, for anyone else none (a liaison prints its own city's badges only).
     */
    public List<PrintedCity> printableCities(long eventId) {
        Actor actor = access.requireEvents();
        visible(eventId, actor);
        return actor.isSecretariat() ? delegates.cities(eventId) : List.of();
    }

    /** 代表, 嘉宾 or 工作人员, as the delegate's role reads in the documents' language. */
    private String roleLabel(Printed delegate, Locale locale) {
        return messages.getMessage("event.role." + delegate.role().name(), null, locale);
    }

    private EventRow visible(long eventId, Actor actor) {
        EventRow event = store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        access.requireSee(actor, eventId, event.status());
        return event;
    }

    /** The city asked for, null for all; a city unknown, or outside the caller's scope, answers "not found". */
    private CityRef city(Actor actor, String cityCode) {
        if (cityCode == null || cityCode.isBlank()) {
            return null;
        }
        CityRef city = directory.cityRefs(List.of(cityCode)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("event.error.unknownCity", cityCode));
        access.requireCity(actor, city);
        return city;
    }

    private String cityCode(Actor actor, String cityCode) {
        CityRef city = city(actor, cityCode);
        return city == null ? null : city.code();
    }
}
