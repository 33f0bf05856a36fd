package org.citybridge.events.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.citybridge.accounts.UserNames;
import org.citybridge.events.domain.CheckInRefused.Reason;
import org.citybridge.events.domain.CheckInStore.Recorded;
import org.citybridge.events.domain.CheckInStore.Scanned;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks delegates in at an event or one of its sessions, one scan at a time or a station's offline queue at once.
 * Only a genuine code of the event counts, of a delegate holding a place; the first scan of a delegate at a session
 * checks them in, every later one (at any station) answers when and by whom that was. A scan sent again with the same
 * client id answers as it did the first time, so a queue synced twice changes nothing. Each scan is its own
 * transaction: in a batch, a refused scan refuses only itself.
 */
@Service
public class CheckIns {

    /** The most scans one batch may carry; a longer offline queue is sent in several. */
    public static final int MAX_BATCH = 2000;
    /** How far ahead of the server's clock a device's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_STATION = 60;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CheckInStore store;
    private final EventStore events;
    private final EventAccess access;
    private final CheckInCodes codes;
    private final UserNames names;
    private final CityBridgeProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CheckIns(CheckInStore store, EventStore events, EventAccess access, CheckInCodes codes, UserNames names,
             CityBridgeProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.events = events;
        this.access = access;
        this.codes = codes;
        this.names = names;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One scan; an unknown event is not found, a caller not checking in there refused, a refusal a {@link CheckInRefused}. */
    public CheckInAnswer checkIn(long eventId, CheckInRequest request) {
        return transactions.execute(status -> {
            EventRow event = event(eventId);
            return record(event, access.requireCheckIn(eventId), request);
        });
    }

    /** A station's queue, each scan answered in the order sent (the same client id twice counts once). */
    public List<CheckInOutcome> checkInAll(long eventId, List<CheckInRequest> requests) {
        event(eventId);
        Actor actor = access.requireCheckIn(eventId);
        if (requests.size() > MAX_BATCH) {
            throw new RuleViolation(null, "event.checkin.error.batchTooLong", MAX_BATCH, requests.size());
        }
        List<CheckInOutcome> outcomes = new ArrayList<>(requests.size());
        for (CheckInRequest request : requests) {
            String clientId = request == null ? null : request.clientId();
            try {
                outcomes.add(new CheckInOutcome(clientId, transactions.execute(status -> record(event(eventId), actor, request)), null));
            } catch (CheckInRefused refused) {
                outcomes.add(new CheckInOutcome(clientId, null, refused));
            }
        }
        return outcomes;
    }

    /** The check-in page of an event: its title and the sessions to check in at; the page fetches the {@link #list} itself. */
    public record Station(long eventId, String title, List<CheckInList.Session> sessions) {
    }

    /** What the check-in page shows before its list arrives; an unknown event is not found, a caller not checking in there refused. */
    @Transactional(readOnly = true)
    public Station station(long eventId) {
        EventRow event = event(eventId);
        access.requireCheckIn(eventId);
        return new Station(eventId, event.title(), sessions(eventId));
    }

    /** What a station keeps to check in offline, with check-ins at the event or, if given, at that session. */
    @Transactional(readOnly = true)
    public CheckInList list(long eventId, Long session) {
        EventRow event = event(eventId);
        access.requireCheckIn(eventId);
        if (session != null && !store.sessionOf(eventId, session)) {
            throw new CheckInRefused(Reason.UNKNOWN_SESSION, "session", session);
        }
        Instant expiresAt = event.endsOn().plusDays(2).atStartOfDay(properties.timeZone()).toInstant();
        return new CheckInList(eventId, event.title(), session, expiresAt, sessions(eventId), store.entries(eventId, session, codes));
    }

    private List<CheckInList.Session> sessions(long eventId) {
        return events.sessions(eventId).stream()
                .map(s -> new CheckInList.Session(s.id(), s.day(), s.startsAt(), s.title(), s.kind())).toList();
    }

    private EventRow event(long eventId) {
        return events.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
    }

    private CheckInAnswer record(EventRow event, Actor actor, CheckInRequest request) {
        long eventId = event.id();
        if (request == null) {
            throw CheckInRefused.invalidInput(null, "event.checkin.error.noScan");
        }
        if (!EventLifecycle.takesCheckIns(event.status())) {
            throw new CheckInRefused(Reason.NOT_CHECKING_IN, null, EventLifecycle.label(event.status()));
        }
        String station = station(request.station());
        String clientId = clientId(request.clientId());
        // as PostgreSQL keeps them, so that the first answer names the very time every later one will
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = scannedAt(request.at(), event, now).truncatedTo(ChronoUnit.MICROS);
        CheckInCode code = codes.read(request.code(), eventId).orElseThrow(() -> new CheckInRefused(Reason.INVALID_CODE, "code"));
        if (request.session() != null && !store.sessionOf(eventId, request.session())) {
            throw new CheckInRefused(Reason.UNKNOWN_SESSION, "session", request.session());
        }
        Scanned delegate = store.delegate(eventId, code.delegateId()).orElseThrow(() -> new CheckInRefused(Reason.INVALID_CODE, "code"));
        switch (delegate.state()) {
            case CANCELLED -> throw new CheckInRefused(Reason.CANCELLED, "code", delegate.name(), delegate.cityName());
            case WAITLISTED -> throw new CheckInRefused(Reason.WAITLISTED, "code", delegate.name(), delegate.cityName());
            case REGISTERED -> {
            }
        }
        boolean recorded = store.insert(eventId, delegate.id(), request.session(), at, actor.username(), station, clientId, now);
        Recorded counted = recorded ? new Recorded(at, actor.username(), station, clientId) : store.recorded(delegate.id(), request.session());
        boolean first = recorded || clientId != null && clientId.equals(counted.clientId());
        return new CheckInAnswer(delegate.id(), delegate.name(), delegate.cityName(), delegate.provinceName(), request.session(),
                first, counted.at(), names.of(counted.by()), counted.station());
    }

    private static String station(String station) {
        String stripped = station == null ? "" : station.strip();
        if (stripped.length() > MAX_STATION) {
            throw CheckInRefused.invalidInput("station", "event.checkin.error.stationTooLong", MAX_STATION);
        }
        return stripped;
    }

    private static String clientId(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            return null;
        }
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw CheckInRefused.invalidInput("clientId", "event.checkin.error.clientId");
        }
        return clientId;
    }

    /** The device's time for a queued scan; never ahead of the server by more than the skew, nor before the event existed. */
    private static Instant scannedAt(Instant at, EventRow event, Instant now) {
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(event.createdAt())) {
            throw new CheckInRefused(Reason.INVALID_TIME, "at");
        }
        return at;
    }
}
