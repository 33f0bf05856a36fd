package org.citybridge.directory.domain;

import java.time.LocalDate;
import java.util.Map;

import org.citybridge.directory.Appointee;
import org.citybridge.directory.LiaisonHandedOver;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appointing liaison officers, ending their posts and handing a post over to a successor. History is never deleted. */
@Service
@Transactional
public class Appointments {

    private final AppointmentRepository appointments;
    private final PersonRepository people;
    private final CityRepository cities;
    private final People peopleService;
    private final RosterAccess access;
    private final RosterJournal journal;
    private final ApplicationEventPublisher events;

    Appointments(AppointmentRepository appointments, PersonRepository people, People peopleService,
                 CityRepository cities, RosterAccess access, RosterJournal journal, ApplicationEventPublisher events) {
        this.appointments = appointments;
        this.people = people;
        this.peopleService = peopleService;
        this.cities = cities;
        this.access = access;
        this.journal = journal;
        this.events = events;
    }

    public long appoint(String cityCode, Appointee appointee, LiaisonRole role, LocalDate from) {
        access.requireSecretariat();
        cities.findById(cityCode).orElseThrow(() -> CityNotFound.of(cityCode));
        return appoint(cityCode, resolve(appointee), role, from);
    }

    public long appoint(String cityCode, long personId, LiaisonRole role, LocalDate from) {
        access.requireSecretariat();
        cities.findById(cityCode).orElseThrow(() -> CityNotFound.of(cityCode));
        requirePerson(personId);
        if (appointments.existsByPersonIdAndCityCodeAndRoleAndEndDateIsNull(personId, cityCode, role)) {
            throw new RuleViolation("personId", "roster.error.alreadyAppointed");
        }
        LiaisonAppointment appointment = appointments.save(new LiaisonAppointment(personId, cityCode, role, from, null));
        journal.record("appointment.create", "appointment", appointment.id(), null, appointment.snapshot());
        return appointment.id();
    }

    public void end(String cityCode, long appointmentId, LocalDate on) {
        access.requireSecretariat();
        LiaisonAppointment appointment = appointment(cityCode, appointmentId);
        Map<String, Object> before = appointment.snapshot();
        appointment.endOn(on);
        journal.record("appointment.end", "appointment", appointmentId, before, appointment.snapshot());
    }

    public long handOver(String cityCode, long appointmentId, Appointee successor, LocalDate on) {
        access.requireSecretariat();
        appointment(cityCode, appointmentId);
        return handOver(cityCode, appointmentId, resolve(successor), on);
    }

    /** Ends the predecessor's post on {@code on} and appoints the successor to the same role from that day. */
    public long handOver(String cityCode, long appointmentId, long successorPersonId, LocalDate on) {
        access.requireSecretariat();
        LiaisonAppointment predecessor = appointment(cityCode, appointmentId);
        requirePerson(successorPersonId);
        if (predecessor.personId() == successorPersonId) {
            throw new RuleViolation("successorPersonId", "roster.error.successorIsPredecessor");
        }
        Map<String, Object> before = predecessor.snapshot();
        predecessor.endOn(on);
        journal.record("appointment.end", "appointment", appointmentId, before, predecessor.snapshot());
        LiaisonAppointment successor = appointments.save(
                new LiaisonAppointment(successorPersonId, cityCode, predecessor.role(), on, null));
        journal.record("appointment.handover", "appointment", successor.id(), null, successor.snapshot());
        events.publishEvent(new LiaisonHandedOver(cityCode, appointmentId, predecessor.personId(),
                successor.id(), successorPersonId, on));
        return successor.id();
    }

    private LiaisonAppointment appointment(String cityCode, long appointmentId) {
        return appointments.findByIdAndCityCode(appointmentId, cityCode)
                .orElseThrow(() -> new NotFoundException("roster.error.unknownAppointment", appointmentId));
    }

    private long resolve(Appointee appointee) {
        if (appointee.personId() != null) {
            return appointee.personId();
        }
        if (appointee.newPerson() == null || appointee.newPerson().name() == null) {
            throw new RuleViolation("personId", "roster.error.personRequired");
        }
        return peopleService.create(appointee.newPerson());
    }

    private void requirePerson(long personId) {
        if (!people.existsById(personId)) {
            throw new RuleViolation("personId", "roster.error.unknownPerson", personId);
        }
    }
}
