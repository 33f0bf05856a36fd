package org.citybridge.accounts.domain;

/**
 * One coordinator account's province before and after a change (for an undo's conflict: as it is now, and as the
 * batch left it); the province names are filled in for people to read.
 */
public record CoordinatorLine(long accountId, String username, String displayName, String fromProvince,
                              String fromProvinceName, String toProvince, String toProvinceName) {
}
