package org.imcregistry.common;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text that is about to be logged, stripped of what must never reach a log: e-mail addresses, which mail servers
 * put into their refusals ("550 <kari@example.no>: no such user"). Logs are read by operators and kept by hosting
 * providers longer than the app keeps anything, so they carry no personal data (README, "Personal data").
 */
public final class LogText {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:@]+@[^\\s<>\"'(),;:@]+");

    private LogText() {
    }

    /** The text with every e-mail address replaced by {@code <address>}. */
    public static @Nullable String withoutAddresses(@Nullable String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("<address>");
    }
}
