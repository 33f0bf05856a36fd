package org.citybridge.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.accounts.audit.AuditLog;
import org.citybridge.directory.CityDirectory;
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
    private final AuditLog auditLog;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CityDirectory directory,
                          SessionTerminator sessions, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.sessions = sessions;
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
        String displayName = account.displayName() == null || account.displayName().isBlank()
                ? account.username() : account.displayName().strip();
        UserAccount created = accounts.save(new UserAccount(account.username(), displayName,
                passwordEncoder.encode(account.password()), account.scope(), now()));
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
    }

    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
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
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountView> all() {
        return accounts.findAll(Sort.by("username")).stream().map(AccountView::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public AccountView get(long id) {
        return AccountView.of(account(id));
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
