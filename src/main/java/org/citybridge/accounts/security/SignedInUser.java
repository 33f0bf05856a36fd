package org.citybridge.accounts.security;

import java.util.Collection;
import java.util.List;

import org.citybridge.accounts.domain.UserAccount;
import org.citybridge.shared.Actor;
import org.citybridge.shared.HasActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in account: its role as authority and its scope as {@link Actor}. */
public record SignedInUser(long id, String username, String displayName, String passwordHash, boolean enabled,
                           Actor actor) implements UserDetails, HasActor {

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.passwordHash(),
                account.enabled(), new Actor(account.username(), account.role(), account.cityCode(),
                account.provinceCode(), account.personId()));
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
    public String toString() {
        return "SignedInUser[" + username + ", " + actor.role() + "]";
    }
}
