package org.citybridge.circulars.domain;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see what: the secretariat every circular; a province coordinator the deliveries of its province; a liaison
 * only its own city's deliveries (the actor's {@code CityScope}). A delivery outside the caller's scope does not exist
 * for them.
 */
@Component
public class CircularAccess {

    private final JdbcClient jdbc;

    CircularAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isSecretariat() {
        return Actors.currentOrSystem().isSecretariat();
    }

    public Actor requireSecretariat() {
        return Actors.requireSecretariat();
    }

    /** Staff, or a province coordinator, who follow circulars across cities. */
    public Actor requireTracking() {
        return Actors.requireFollowingCities();
    }

    public Actor requireLiaison() {
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.LIAISON || actor.cityCode() == null) {
            throw new AccessDeniedException("liaisons only");
        }
        return actor;
    }

    /** The delivery's city, when the actor may see it; otherwise not found. */
    public DeliveryScope requireDelivery(long deliveryId) {
        Actor actor = Actors.currentOrSystem();
        DeliveryScope scope = jdbc.sql("""
                        SELECT d.id, d.circular_id, d.city_code, d.province_code, c.status
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id WHERE d.id = :id""")
                .param("id", deliveryId).query(DeliveryScope.class).optional()
                .filter(d -> sees(actor, d))
                .orElseThrow(() -> new NotFoundException("circular.error.unknownDelivery", deliveryId));
        return scope;
    }

    /** A circular the actor may see: staff any, others only issued ones delivered within their scope. */
    public void requireCircular(long circularId) {
        Actor actor = Actors.currentOrSystem();
        boolean visible = actor.isSecretariat() ? exists(circularId) : deliveredWithin(actor, circularId);
        if (!visible) {
            throw new NotFoundException("circular.error.unknown", circularId);
        }
    }

    private boolean exists(long circularId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM circular WHERE id = :id)").param("id", circularId)
                .query(Boolean.class).single();
    }

    private boolean deliveredWithin(Actor actor, long circularId) {
        SqlCondition within = actor.scope().where("d.city_code", "d.province_code");
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM circular_delivery d JOIN circular c ON c.id = d.circular_id "
                        + "WHERE d.circular_id = :id AND c.status = :issued AND " + within.sql() + ")")
                .params(within.params()).param("id", circularId).param("issued", CircularStatus.ISSUED.name())
                .query(Boolean.class).single();
    }

    private static boolean sees(Actor actor, DeliveryScope delivery) {
        return actor.isSecretariat() || (delivery.status() != CircularStatus.DRAFT
                && actor.scope().covers(delivery.cityCode(), delivery.provinceCode()));
    }

    public record DeliveryScope(long id, long circularId, String cityCode, String provinceCode, CircularStatus status) {
    }
}
