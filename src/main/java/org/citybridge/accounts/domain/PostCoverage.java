package org.citybridge.accounts.domain;

import java.util.List;

import org.citybridge.directory.AppointmentView;

/**
 * Where accounts and liaison posts do not match: people holding a post whom no enabled liaison account of that city
 * is linked to, and enabled liaison accounts whose person holds no post in their city (they reach nothing).
 */
public record PostCoverage(List<AppointmentView> postsWithoutAccount, List<AccountView> accountsWithoutPost) {
}
