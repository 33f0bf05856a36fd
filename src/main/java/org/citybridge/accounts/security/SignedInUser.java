package org.citybridge.accounts.security;

import java.util.Collection;
import java.util.List;

import org.citybridge.accounts.domain.UserAccount;
import org.citybridge.shared.Actor;
import org.citybridge.shared.HasActor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in account: its role as authority and its scope as {@link Actor}. It is kept in the
 * session store, so the password hash is erased once sign-in is done.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, HasActor {

    private final long id;
    private final String username;
    private final boolean enabled;
    private final Actor actor;
    private String passwordHash;

    private SignedInUser(long id, String username, String passwordHash, boolean enabled, Actor actor) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.actor = actor;
    }

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.id(), account.username(), account.passwordHash(), account.enabled(),
                new Actor(account.username(), account.role(), account.cityCode(), account.provinceCode(), account.personId()));
    }

    public long id() {
        return id;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + actor.role() + "]";
    }
}
