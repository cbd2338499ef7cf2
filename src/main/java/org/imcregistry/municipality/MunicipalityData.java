package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
/** What a person or an import row says about a municipality, before it is checked. */
public record MunicipalityData(@Nullable String country, @Nullable String officialCode, @Nullable String name,
        @Nullable String region, @Nullable MunicipalityLevel level, @Nullable Integer population) {

    /** The same data, trimmed and with the country code upper-cased. */
    MunicipalityData normalised() {
        return new MunicipalityData(Countries.normalise(country), trim(officialCode), trim(name), trim(region),
                level == null ? MunicipalityLevel.MUNICIPALITY : level, population);
    }

    String reference() {
        return country + ":" + officialCode;
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
