package org.imcregistry.security;

import java.util.Locale;

/** Where and in which language to write to a person: their address, their name, their preferred language. */
public record MailRecipient(long accountId, String address, String displayName, Locale locale) {
}
