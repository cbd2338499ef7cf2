package org.imcregistry.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of {@code messages*.properties} (UTF-8), for the UI and for mail alike: one lookup, so that a
 * message reads the same on screen and in the recipient's inbox.
 */
public final class MessageBundle {

    static final String BUNDLE = "messages";
    private static final Logger log = LoggerFactory.getLogger(MessageBundle.class);

    /** English is the base bundle; without this, a missing Polish key would fall back to the JVM's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageBundle() {
    }

    /** The text of {@code key} in the supported language closest to {@code locale}, with its arguments filled in. */
    public static String text(String key, Locale locale, Object... params) {
        Locale effective = SupportedLocales.closest(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing text '{}' for {}", key, effective);
            return "!" + key;
        }
    }
}
