package org.citybridge.accounts.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String cityCode;
    private String provinceCode;
    private Long personId;
    private boolean enabled = true;
    private String email;
    private String language = MailContact.LANGUAGES.get(0);
    private Instant createdAt;
    private Instant passwordChangedAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Scope scope, MailContact contact, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
        assign(scope);
        reachAt(contact);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String cityCode() {
        return cityCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public Long personId() {
        return personId;
    }

    public boolean enabled() {
        return enabled;
    }

    public MailContact contact() {
        return new MailContact(email, language);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    void assign(Scope scope) {
        if (scope.role() == Role.LIAISON && scope.cityCode() == null) {
            throw new RuleViolation("cityCode", "account.error.cityRequired");
        }
        if (scope.role() == Role.PROVINCE && scope.provinceCode() == null) {
            throw new RuleViolation("provinceCode", "account.error.provinceRequired");
        }
        this.role = scope.role();
        this.cityCode = scope.role() == Role.LIAISON ? scope.cityCode() : null;
        this.provinceCode = scope.role() == Role.PROVINCE ? scope.provinceCode() : null;
        this.personId = scope.role() == Role.LIAISON ? scope.personId() : null;
    }

    void reachAt(MailContact contact) {
        this.email = contact.email();
        this.language = contact.language();
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("role", role);
        state.put("cityCode", cityCode);
        state.put("provinceCode", provinceCode);
        state.put("personId", personId);
        state.put("enabled", enabled);
        state.put("email", email);
        state.put("language", language);
        return state;
    }
}
