package org.imcregistry.security;

/** What a personal link can do when someone opens it; each state but {@link #VALID} has its own explanation page. */
public enum LinkState {
    VALID,
    /** Someone chose a password with it already. */
    USED,
    EXPIRED,
    /** Replaced by a newer link, withdrawn by an administrator, or its account was disabled. */
    REVOKED,
    /** No such link: mistyped, cut off in the mail, or meant for the other page. */
    UNKNOWN
}
