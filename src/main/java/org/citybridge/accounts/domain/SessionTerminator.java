package org.citybridge.accounts.domain;

/** Ends the sessions of an account, e.g. when it is disabled, its role changes or its password is changed. */
public interface SessionTerminator {

    void endSessionsOf(String username);

    /** Ends every session of the account but the one given (the session in which the user changed the password). */
    void endOtherSessionsOf(String username, String keptSessionId);
}
