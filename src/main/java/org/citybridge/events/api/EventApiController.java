package org.citybridge.events.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventDocuments;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventFigures;
import org.citybridge.events.domain.EventInvitations;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.EventSummary;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.Invitation;
import org.citybridge.events.domain.InvitationDraft;
import org.citybridge.shared.EnumCodes;
import org.citybridge.shared.RuleViolation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events and delegations for city OA systems and scripts; the same rules and scope as the back office. */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController {

    private final EventPlanning planning;
    private final DelegationRegistering registering;
    private final EventQueries queries;
    private final EventDocuments documents;
    private final EventInvitations invitations;

    EventApiController(EventPlanning planning, DelegationRegistering registering, EventQueries queries,
                       EventDocuments documents, EventInvitations invitations) {
        this.planning = planning;
        this.registering = registering;
        this.queries = queries;
        this.documents = documents;
        this.invitations = invitations;
    }

    record Created(long id) {
    }

    record StatusChange(String status) {
    }

    record StatusChanged(long id, EventStatus status) {
    }

    /** A new draft; every problem of it answers 422 with its field. */
    @PostMapping
    ResponseEntity<Created> create(@RequestBody EventDraft draft) {
        long id = planning.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(new Created(id));
    }

    @GetMapping
    List<EventSummary> events() {
        return queries.events();
    }

    @GetMapping("/{id}")
    EventView event(@PathVariable long id) {
        return queries.event(id);
    }

    @PostMapping("/{id}/status")
    StatusChanged changeStatus(@PathVariable long id, @RequestBody StatusChange request) {
        EventStatus wanted = EnumCodes.fromCode(EventStatus.class, request.status());
        if (wanted == null) {
            throw new RuleViolation("status", "event.error.unknownStatus", String.valueOf(request.status()));
        }
        return new StatusChanged(id, planning.changeStatus(id, wanted));
    }

    /** The city's whole delegation: each delegate answers with its state (REGISTERED or WAITLISTED). */
    @PutMapping("/{id}/delegations/{cityCode}")
    DelegationView register(@PathVariable long id, @PathVariable String cityCode, @RequestBody DelegationEntry delegation) {
        return registering.register(id, cityCode, delegation);
    }

    @GetMapping("/{id}/delegations")
    List<DelegationView> delegations(@PathVariable long id) {
        return queries.delegations(id);
    }

    @GetMapping("/{id}/delegations/{cityCode}")
    DelegationView delegation(@PathVariable long id, @PathVariable String cityCode) {
        return queries.delegation(id, cityCode);
    }

    @PostMapping("/{id}/delegations/{cityCode}/delegates/{delegateId}/cancel")
    DelegationView cancel(@PathVariable long id, @PathVariable String cityCode, @PathVariable long delegateId) {
        return registering.cancel(id, cityCode, delegateId);
    }

    @GetMapping("/{id}/figures")
    EventFigures figures(@PathVariable long id) {
        return queries.figures(id);
    }

    // --- printed documents

    /** The badges of every city, or one city's; a liaison gets its own city's. Never cached: they carry check-in codes. */
    @GetMapping("/{id}/badges.pdf")
    ResponseEntity<byte[]> badges(@PathVariable long id, @RequestParam(required = false) String city, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .body(documents.badges(id, city, locale));
    }

    /**
     * Issues the event's invitation circular to the targets (as circulars' API takes them) → 201 {@code {circularId,
     * cities}}, the codes of the cities reached; title and text may be left out for the defaults.
     */
    @PostMapping("/{id}/invitation")
    ResponseEntity<Invitation> invite(@PathVariable long id, @RequestBody InvitationDraft invitation) {
        Invitation issued = invitations.invite(id, invitation);
        return ResponseEntity.created(URI.create("/api/v1/circulars/" + issued.circularId())).body(issued);
    }
}
