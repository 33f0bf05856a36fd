package org.citybridge.directory.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.citybridge.directory.CityDetails;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.CitySummary;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.Membership;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.PersonView;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.People;
import org.citybridge.platform.Dates;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roster for scripts and other systems. */
@RestController
@RequestMapping("/api/v1")
@Validated
class RosterApiController {

    private final CityDirectory directory;
    private final People people;
    private final Appointments appointments;
    private final Dates dates;

    RosterApiController(CityDirectory directory, People people, Appointments appointments, Dates dates) {
        this.directory = directory;
        this.people = people;
        this.appointments = appointments;
        this.dates = dates;
    }

    record CityPage(List<CitySummary> items, long total) {
    }

    record AppointRequest(@NotNull(message = "{validation.required}") Long personId,
                          @NotNull(message = "{validation.required}") LiaisonRole role,
                          @NotNull(message = "{validation.required}") LocalDate from) {
    }

    record HandoverRequest(@NotNull(message = "{validation.required}") Long personId, LocalDate on) {
    }

    record PersonUpdate(@NotNull(message = "{validation.required}") Long version, @Valid @NotNull PersonDetails details) {
    }

    @GetMapping("/cities")
    CityPage cities(@RequestParam(required = false) String province, @RequestParam(required = false) CityLevel level,
                    @RequestParam(required = false) Boolean member, @RequestParam(required = false) Membership membership,
                    @RequestParam(required = false) String tag, @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "false") boolean withoutLiaison,
                    @RequestParam(defaultValue = "0") @Min(0) int page,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Membership wanted = membership != null ? membership : member == null ? null : member ? Membership.MEMBER : Membership.NONE;
        var result = directory.search(new CityFilter(province, level, wanted, tag, q, withoutLiaison), page, size);
        return new CityPage(result.items(), result.total());
    }

    @GetMapping("/cities/{code}")
    CityDetails city(@PathVariable String code) {
        return directory.city(code);
    }

    @PostMapping("/people")
    ResponseEntity<PersonView> createPerson(@Valid @RequestBody PersonDetails details) {
        long id = people.create(details);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(directory.person(id));
    }

    @GetMapping("/people/{id}")
    PersonView person(@PathVariable long id) {
        return directory.person(id);
    }

    @PutMapping("/people/{id}")
    PersonView updatePerson(@PathVariable long id, @Valid @RequestBody PersonUpdate update) {
        people.update(id, update.version(), update.details());
        return directory.person(id);
    }

    @PostMapping("/cities/{code}/liaisons")
    ResponseEntity<Map<String, Object>> appoint(@PathVariable String code, @Valid @RequestBody AppointRequest request) {
        long id = appointments.appoint(code, request.personId(), request.role(), request.from());
        return ResponseEntity.created(URI.create("/api/v1/cities/" + code)).body(Map.of("id", id, "cityCode", code));
    }

    @PostMapping("/cities/{code}/liaisons/{appointmentId}/handover")
    ResponseEntity<Map<String, Object>> handOver(@PathVariable String code, @PathVariable long appointmentId,
                                                 @Valid @RequestBody HandoverRequest request) {
        LocalDate on = request.on() != null ? request.on() : dates.today();
        long id = appointments.handOver(code, appointmentId, request.personId(), on);
        return ResponseEntity.created(URI.create("/api/v1/cities/" + code))
                .body(Map.of("id", id, "predecessorAppointmentId", appointmentId, "cityCode", code, "on", on.toString()));
    }
}
