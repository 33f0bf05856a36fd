package org.citybridge.accounts;

import java.util.Optional;

import org.citybridge.accounts.domain.UserAccount;
import org.citybridge.accounts.domain.UserAccountRepository;
import org.citybridge.directory.CityDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a username is, for people to read: the roster person's name for a linked liaison account, else the account's
 * display name, else the username itself (e.g. "system" or an account since deleted). Templates call it as
 * {@code @userNames.of(username)}; other modules inject it where they write names into files.
 */
@Component("userNames")
@Transactional(readOnly = true)
public class UserNames {

    private final UserAccountRepository accounts;
    private final CityDirectory directory;

    UserNames(UserAccountRepository accounts, CityDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        Optional<UserAccount> account = accounts.findByUsernameIgnoreCase(username);
        return account.map(this::nameOf).orElse(username);
    }

    private String nameOf(UserAccount account) {
        if (account.personId() != null) {
            String name = directory.personNames(java.util.List.of(account.personId())).get(account.personId());
            if (name != null) {
                return name;
            }
        }
        return account.displayName() == null || account.displayName().isBlank() ? account.username() : account.displayName();
    }
}
