package org.imcregistry.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every UI text comes from {@code messages*.properties} (UTF-8), looked up in the UI's locale. */
@Component
public class MessageBundleI18NProvider implements I18NProvider {

    static final String BUNDLE = "messages";
    private static final Logger log = LoggerFactory.getLogger(MessageBundleI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = SupportedLocales.closest(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing UI text '{}' for {}", key, effective);
            return "!" + key;
        }
    }

    /** English is the base bundle; without this, a missing Polish key would fall back to the JVM's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
