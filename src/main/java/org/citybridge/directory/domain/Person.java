package org.citybridge.directory.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citybridge.directory.Gender;
import org.citybridge.directory.PersonDetails;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_ids")
    @SequenceGenerator(name = "person_ids", sequenceName = "person_id_seq", allocationSize = 50)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String post;
    private String unit;
    private String mobile;
    private String officePhone;
    private String email;
    private String address;
    @Version
    private long version;

    protected Person() {
    }

    Person(PersonDetails details) {
        update(details);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String name() {
        return name;
    }

    String mobile() {
        return mobile;
    }

    String email() {
        return email;
    }

    PersonDetails details() {
        return new PersonDetails(name, gender, post, unit, mobile, officePhone, email, address);
    }

    /** Takes new details; answers whether anything changed. */
    boolean update(PersonDetails details) {
        if (details.equals(details())) {
            return false;
        }
        this.name = details.name();
        this.gender = details.gender();
        this.post = details.post();
        this.unit = details.unit();
        this.mobile = details.mobile();
        this.officePhone = details.officePhone();
        this.email = details.email();
        this.address = details.address();
        return true;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("gender", gender);
        state.put("post", post);
        state.put("unit", unit);
        state.put("mobile", mobile);
        state.put("officePhone", officePhone);
        state.put("email", email);
        state.put("address", address);
        return state;
    }
}
