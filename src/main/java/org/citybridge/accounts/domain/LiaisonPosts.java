package org.citybridge.accounts.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityPerson;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.springframework.stereotype.Service;

/**
 * A liaison account reaches its city only while its linked person holds a liaison post there. Decided from the
 * appointments on every request, so an ended post or a handover takes effect at once, for every session and token.
 * Not transactional itself: other roles are answered without touching the database, and each roster lookup is one
 * read-only query of {@link CityDirectory}.
 */
@Service
public class LiaisonPosts {

    private final CityDirectory directory;

    LiaisonPosts(CityDirectory directory) {
        this.directory = directory;
    }

    /** Why the actor, a liaison, has no access to its city now; empty while its person holds the post (or for other roles). */
    public Optional<NoPost> noPost(Actor actor) {
        if (actor.role() != Role.LIAISON || actor.cityCode() == null || directory.holdsLiaisonPost(actor)) {
            return Optional.empty();
        }
        Optional<CityPerson> post = actor.personId() == null ? Optional.empty()
                : directory.liaisonPost(actor.personId(), actor.cityCode());
        String cityName = directory.cityName(actor.cityCode()).orElse(actor.cityCode());
        return Optional.of(new NoPost(cityName, post.map(CityPerson::endedOn).orElse(null)));
    }

    /** A liaison without a post: its city, and the day its last post there ended (none if it never held one). */
    public record NoPost(String cityName, LocalDate endedOn) {

        /** The message saying why: the post ended on a day, or the account's person holds none. */
        public String messageKey() {
            return endedOn != null ? "liaison.noPost.ended" : "liaison.noPost.none";
        }

        public Object[] messageArgs() {
            return new Object[]{cityName, endedOn == null ? "" : endedOn.toString()};
        }
    }
}
