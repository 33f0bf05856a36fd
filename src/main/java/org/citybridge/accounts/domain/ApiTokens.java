package org.citybridge.accounts.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.accounts.audit.AuditLog;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created by a user for scripts, shown once, revocable; only hashes are stored. */
@Service
@Transactional
public class ApiTokens {

    private static final String PREFIX = "cbt_";

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Creates a token and answers its secret, which is never shown again. */
    public String create(String username, String name) {
        if (name == null || name.isBlank() || name.length() > 60) {
            throw new RuleViolation("name", "token.error.name");
        }
        UserAccount account = account(username);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(account.id(), name.strip(), Sha256.hex(secret),
                secret.substring(0, PREFIX.length() + 6), Instant.now(clock)));
        auditLog.record(username, "token.create", "api_token", token.id(), null, Map.of("name", name.strip()));
        return secret;
    }

    public void revoke(String username, long tokenId) {
        UserAccount account = account(username);
        ApiToken token = tokens.findById(tokenId).filter(t -> t.userId() == account.id())
                .orElseThrow(() -> new NotFoundException("token.error.unknown", tokenId));
        token.revoke(Instant.now(clock));
        auditLog.record(username, "token.revoke", "api_token", tokenId, null, Map.of("revoked", true));
    }

    /** Revokes every token of the account still in use, e.g. when its password is reset or changed; answers how many. */
    int revokeAllOf(UserAccount account, String actor) {
        Instant now = Instant.now(clock);
        List<ApiToken> live = tokens.findByUserIdOrderByCreatedAtDesc(account.id()).stream()
                .filter(token -> !token.isRevoked()).toList();
        live.forEach(token -> token.revoke(now));
        if (!live.isEmpty()) {
            auditLog.record(actor, "token.revokeAll", "account", account.id(), null,
                    Map.of("revokedTokens", live.size()));
        }
        return live.size();
    }

    @Transactional(readOnly = true)
    List<ApiTokenView> of(UserAccount account) {
        return tokens.findByUserIdOrderByCreatedAtDesc(account.id()).stream().map(ApiToken::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(String username) {
        return tokens.findByUserIdOrderByCreatedAtDesc(account(username).id()).stream().map(ApiToken::view).toList();
    }

    /** The enabled account a presented token belongs to, if the token is known and not revoked. */
    public Optional<UserAccount> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Sha256.hex(secret)).filter(token -> !token.isRevoked())
                .flatMap(token -> {
                    token.used(Instant.now(clock));
                    return accounts.findById(token.userId());
                })
                .filter(UserAccount::enabled);
    }

    private UserAccount account(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException("account.error.unknown", username));
    }
}
