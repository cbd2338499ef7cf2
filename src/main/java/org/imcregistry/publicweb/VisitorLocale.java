package org.imcregistry.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.common.SupportedLocales;
import org.springframework.web.servlet.LocaleResolver;
import org.jspecify.annotations.Nullable;

/**
 * The visitor's language for the pages' own texts: the first language of their browser's Accept-Language that the
 * app speaks ("no" and "nn" read as Bokmål), else English. Spring's own resolver would take only an exact match of
 * the first language, so a browser asking for "de, pl" would get English rather than Polish.
 */
final class VisitorLocale implements LocaleResolver {

    private static final Set<String> SPOKEN = Set.of("en", "nb", "no", "nn", "pl");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return SupportedLocales.ENGLISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (SPOKEN.contains(wanted.getLanguage())) {
                return SupportedLocales.closest(wanted);
            }
        }
        return SupportedLocales.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable Locale locale) {
        throw new UnsupportedOperationException("the visitor's browser chooses the language");
    }
}
