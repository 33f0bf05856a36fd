package org.citybridge.accounts.domain;

/** Ends every session of an account, e.g. when it is disabled or its role changes. */
public interface SessionTerminator {
    void endSessionsOf(String username);
}
