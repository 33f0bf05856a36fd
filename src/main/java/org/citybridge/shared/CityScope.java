package org.citybridge.shared;

import java.util.Map;

/**
 * Which cities' non-public data an actor may read: every city (the secretariat), one province's (its coordinator),
 * one city's (its liaison) or none (editors, check-in staff, the public). Every role-scope rule asks this one place, in Java
 * ({@link #covers}) or in SQL ({@link #where}).
 */
public sealed interface CityScope {

    static CityScope of(Actor actor) {
        return switch (actor.role()) {
            case ADMIN, STAFF -> new All();
            case PROVINCE -> actor.provinceCode() == null ? new None() : new Province(actor.provinceCode());
            case LIAISON -> actor.cityCode() == null ? new None() : new City(actor.cityCode());
            case EDITOR, CHECKIN, PUBLIC -> new None();
        };
    }

    boolean covers(String cityCode, String provinceCode);

    /** Whether this scope spans more than one city: the secretariat and province coordinators, who follow the network. */
    default boolean spansCities() {
        return this instanceof All || this instanceof Province;
    }

    /**
     * The SQL condition limiting rows to this scope, given the columns that hold a row's city and province codes, with
     * its one parameter named {@code scope} (absent for {@code TRUE} and {@code FALSE}).
     */
    SqlCondition where(String cityColumn, String provinceColumn);

    record SqlCondition(String sql, Map<String, Object> params) {
    }

    record All() implements CityScope {
        public boolean covers(String cityCode, String provinceCode) {
            return true;
        }

        public SqlCondition where(String cityColumn, String provinceColumn) {
            return new SqlCondition("TRUE", Map.of());
        }
    }

    record Province(String code) implements CityScope {
        public boolean covers(String cityCode, String provinceCode) {
            return code.equals(provinceCode);
        }

        public SqlCondition where(String cityColumn, String provinceColumn) {
            return new SqlCondition(provinceColumn + " = :scope", Map.of("scope", code));
        }
    }

    record City(String code) implements CityScope {
        public boolean covers(String cityCode, String provinceCode) {
            return code.equals(cityCode);
        }

        public SqlCondition where(String cityColumn, String provinceColumn) {
            return new SqlCondition(cityColumn + " = :scope", Map.of("scope", code));
        }
    }

    record None() implements CityScope {
        public boolean covers(String cityCode, String provinceCode) {
            return false;
        }

        public SqlCondition where(String cityColumn, String provinceColumn) {
            return new SqlCondition("FALSE", Map.of());
        }
    }
}
