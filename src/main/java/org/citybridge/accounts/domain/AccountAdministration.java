package org.citybridge.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.accounts.audit.AuditLog;
import org.citybridge.directory.AppointmentView;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.ProvinceView;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's work on accounts, and everyone's own password; every change is audited. */
@Service
@Transactional
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CityDirectory directory;
    private final SessionTerminator sessions;
    private final ApiTokens tokens;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CityDirectory directory,
                          SessionTerminator sessions, ApiTokens tokens, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.sessions = sessions;
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long create(NewAccount account) {
        return createUnchecked(account);
    }

    /** Creates an account without asking who acts: for the first start, when nobody is signed in yet. */
    long createUnchecked(NewAccount account) {
        if (accounts.existsByUsernameIgnoreCase(account.username())) {
            throw new RuleViolation("username", "account.error.usernameTaken");
        }
        PasswordPolicy.check("password", account.username(), account.password());
        checkScope(account.scope());
        MailContact contact = account.contact();
        String displayName = account.displayName() == null || account.displayName().isBlank()
                ? account.username() : account.displayName().strip();
        UserAccount created = accounts.save(new UserAccount(account.username(), displayName,
                passwordEncoder.encode(account.password()), account.scope(), contact, now()));
        audit("account.create", created, null);
        return created.id();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void changeScope(long id, String displayName, Scope scope) {
        UserAccount account = account(id);
        Map<String, Object> before = account.snapshot();
        checkScope(scope);
        if (account.role() == Role.ADMIN && scope.role() != Role.ADMIN) {
            requireAnotherEnabledAdmin(account);
        }
        account.assign(scope);
        if (displayName != null && !displayName.isBlank()) {
            account.rename(displayName.strip());
        }
        audit("account.changeScope", account, before);
        sessions.endSessionsOf(account.username());
    }

    /** Sets where an account is told things by mail and in which language; a blank address removes it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void changeContact(long id, String email, String language) {
        reach(account(id), email, language);
    }

    /** The same for one's own account. */
    public void changeOwnContact(String username, String email, String language) {
        reach(accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException("account.error.unknown", username)), email, language);
    }

    private void reach(UserAccount account, String email, String language) {
        MailContact contact = new MailContact(email, language);
        Map<String, Object> before = account.snapshot();
        account.reachAt(contact);
        audit("account.changeContact", account, before);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void disable(long id) {
        UserAccount account = account(id);
        if (account.username().equals(Actors.currentOrSystem().username())) {
            throw RuleViolation.of("account.error.disableSelf");
        }
        if (account.role() == Role.ADMIN) {
            requireAnotherEnabledAdmin(account);
        }
        Map<String, Object> before = account.snapshot();
        account.disable();
        audit("account.disable", account, before);
        sessions.endSessionsOf(account.username());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void enable(long id) {
        UserAccount account = account(id);
        Map<String, Object> before = account.snapshot();
        account.enable();
        audit("account.enable", account, before);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String newPassword) {
        UserAccount account = account(id);
        PasswordPolicy.check("password", account.username(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), now());
        audit("account.resetPassword", account, account.snapshot());
        sessions.endSessionsOf(account.username());
        tokens.revokeAllOf(account, Actors.currentOrSystem().username());
    }

    /** Revokes every API token of the account, e.g. when a script's token may have leaked. */
    @PreAuthorize("hasRole('ADMIN')")
    public int revokeTokens(long id) {
        return tokens.revokeAllOf(account(id), Actors.currentOrSystem().username());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiTokenView> tokensOf(long id) {
        return tokens.of(account(id));
    }

    /**
     * Changes one's own password and ends everything else signed in with the old one: the account's other sessions
     * (kept: {@code currentSessionId}, where the change is made) and all its API tokens.
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String currentSessionId) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException("account.error.unknown", username));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new RuleViolation("currentPassword", "account.error.currentPasswordWrong");
        }
        PasswordPolicy.check("newPassword", account.username(), newPassword);
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new RuleViolation("newPassword", "account.error.passwordUnchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword), now());
        audit("account.changePassword", account, account.snapshot());
        sessions.endOtherSessionsOf(account.username(), currentSessionId);
        tokens.revokeAllOf(account, account.username());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountView> all() {
        return named(accounts.findAll(Sort.by("username")));
    }

    @Transactional(readOnly = true)
    public MailContact contactOf(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::contact).orElseGet(MailContact::none);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public AccountView get(long id) {
        return named(List.of(account(id))).get(0);
    }

    /** Liaison posts nobody's account is linked to, and liaison accounts whose person holds no post in their city. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public PostCoverage postCoverage() {
        List<AppointmentView> posts = directory.activeRoster(CityFilter.all());
        List<UserAccount> liaisons = accounts.findAll(Sort.by("username")).stream()
                .filter(account -> account.role() == Role.LIAISON && account.enabled()).toList();
        Set<String> held = posts.stream().map(post -> post.cityCode() + "/" + post.personId()).collect(Collectors.toSet());
        Set<String> linked = liaisons.stream().filter(account -> account.personId() != null)
                .map(account -> account.cityCode() + "/" + account.personId()).collect(Collectors.toSet());
        return new PostCoverage(
                posts.stream().filter(post -> !linked.contains(post.cityCode() + "/" + post.personId())).toList(),
                named(liaisons.stream().filter(account -> !held.contains(account.cityCode() + "/" + account.personId())).toList()));
    }

    private List<AccountView> named(List<UserAccount> list) {
        Map<String, String> cities = directory.cityRefs(list.stream().map(UserAccount::cityCode).filter(Objects::nonNull)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(CityRef::code, CityRef::name));
        Map<String, String> provinces = directory.provinces().stream()
                .collect(Collectors.toMap(ProvinceView::code, ProvinceView::name));
        Map<Long, String> people = directory.personNames(list.stream().map(UserAccount::personId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return list.stream().map(account -> AccountView.of(account, cities.get(account.cityCode()),
                account.provinceCode() == null ? null : provinces.get(account.provinceCode()),
                account.personId() == null ? null : people.get(account.personId()))).toList();
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    private void checkScope(Scope scope) {
        if (scope.role() == Role.LIAISON && !directory.cityExists(scope.cityCode())) {
            throw new RuleViolation("cityCode", scope.cityCode() == null ? "account.error.cityRequired" : "account.error.unknownCity");
        }
        if (scope.role() == Role.PROVINCE && !directory.provinceExists(scope.provinceCode())) {
            throw new RuleViolation("provinceCode", scope.provinceCode() == null ? "account.error.provinceRequired" : "account.error.unknownProvince");
        }
        if (scope.personId() != null && scope.role() != Role.LIAISON) {
            throw new RuleViolation("personId", "account.error.personOnlyForLiaison");
        }
        if (scope.personId() != null && directory.peopleOfCity(scope.cityCode()).stream()
                .noneMatch(person -> person.personId() == scope.personId())) {
            throw new RuleViolation("personId", "account.error.personNotOfCity");
        }
    }

    private void requireAnotherEnabledAdmin(UserAccount account) {
        boolean another = accounts.findAll().stream()
                .anyMatch(other -> other.role() == Role.ADMIN && other.enabled() && !other.id().equals(account.id()));
        if (!another) {
            throw RuleViolation.of("account.error.lastAdmin");
        }
    }

    private UserAccount account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account.error.unknown", id));
    }

    private void audit(String action, UserAccount account, Map<String, Object> before) {
        auditLog.record(Actors.currentOrSystem().username(), action, "account", account.id(), before, account.snapshot());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
