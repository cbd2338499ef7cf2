package org.imcregistry.mail;

import java.util.Set;

/**
 * Who besides administrators may read which messages: the partnerships whose mail the signed-in person may read
 * (those they coordinate). Implemented by the partnership register, so that mail needs to know nothing of it.
 */
public interface MailReaders {

    /** Whether the signed-in person reads every message (an administrator). */
    boolean readsAll();

    /** The partnerships whose messages the signed-in person may read; empty for most people. */
    Set<Long> readablePartnerships();
}
