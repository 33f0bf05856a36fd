package org.citybridge.directory.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.Membership;

@Entity
@Table(name = "city")
class City {

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private CityLevel level;
    private String kind;
    private String provinceCode;
    private String parentCode;
    @Enumerated(EnumType.STRING)
    private Membership membership;
    private LocalDate memberSince;
    private String address;
    private String notes;
    @ElementCollection
    @CollectionTable(name = "city_tag", joinColumns = @JoinColumn(name = "city_code"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();
    @Version
    private long version;

    protected City() {
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String provinceCode() {
        return provinceCode;
    }

    void describe(String address, String notes) {
        this.address = address;
        this.notes = notes;
    }

    void changeMembership(Membership membership, LocalDate memberSince) {
        this.membership = membership;
        this.memberSince = membership == Membership.NONE ? null : memberSince;
    }

    void retag(Set<String> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("membership", membership);
        state.put("memberSince", memberSince);
        state.put("address", address);
        state.put("notes", notes);
        state.put("tags", new TreeSet<>(tags));
        return state;
    }
}
