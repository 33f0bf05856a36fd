package org.citybridge.directory.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citybridge.directory.Appointee;
import org.citybridge.directory.LeaderPost;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.Membership;
import org.citybridge.directory.PersonDetails;

/** The forms of a city's page. */
final class CityForms {

    private CityForms() {
    }

    record ProfileForm(@Size(max = 200, message = "{validation.tooLong}") String address,
                       @Size(max = 4000, message = "{validation.tooLong}") String notes) {
    }

    record MembershipForm(@NotNull(message = "{validation.required}") Membership membership, LocalDate memberSince,
                          @Size(max = 400, message = "{validation.tooLong}") String tags) {

        Set<String> tagSet() {
            if (tags == null) {
                return Set.of();
            }
            return Arrays.stream(tags.split("[,，、;；]")).map(String::strip).filter(t -> !t.isEmpty())
                    .map(t -> t.length() > 40 ? t.substring(0, 40) : t).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    record LeaderForm(@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String name,
                      @NotNull(message = "{validation.required}") LeaderPost post,
                      @NotNull(message = "{validation.required}") LocalDate from, LocalDate to) {
    }

    record EndForm(@NotNull(message = "{validation.required}") LocalDate on) {
    }

    record AppointForm(Long personId, PersonDetails person,
                       @NotNull(message = "{validation.required}") LiaisonRole role,
                       @NotNull(message = "{validation.required}") LocalDate from) {

        AppointForm {
            person = person == null ? PersonDetails.blank() : person;
        }

        Appointee appointee() {
            return new Appointee(personId, person);
        }
    }

    record HandoverForm(Long personId, PersonDetails person,
                        @NotNull(message = "{validation.required}") LocalDate on) {

        HandoverForm {
            person = person == null ? PersonDetails.blank() : person;
        }

        Appointee appointee() {
            return new Appointee(personId, person);
        }
    }
}
