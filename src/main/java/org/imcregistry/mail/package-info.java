/**
 * Outgoing mail: a durable outbox written in the caller's transaction, a sender that delivers after commit
 * and retries, messages composed from the message bundles in the recipient's language, and the
 * administrators' "Outgoing mail" view. Other features hand over a {@link org.imcregistry.mail.Letter} to
 * {@link org.imcregistry.mail.Outbox}; they never talk SMTP.
 */
@NullMarked
package org.imcregistry.mail;

import org.jspecify.annotations.NullMarked;
