package org.imcregistry.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in person's remembered language, kept by whoever keeps accounts. An interface here, so that the shared
 * UI parts know nothing of accounts and every feature can use them without a cycle.
 */
public interface RememberedLocale {

    /** The signed-in person's remembered language, if they chose one. */
    Optional<Locale> preferred();

    /** Remembers the signed-in person's choice. */
    void remember(Locale locale);
}
