package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;

/**
 * What a person or an import row says about a municipality, before it is checked. The coordinates of its centre
 * are in decimal degrees (WGS 84), both or neither.
 */
public record MunicipalityData(@Nullable String country, @Nullable String officialCode, @Nullable String name,
        @Nullable String region, @Nullable MunicipalityLevel level, @Nullable Integer population,
        @Nullable Double latitude, @Nullable Double longitude) {

    /** A municipality without a place on the map. */
    public MunicipalityData(@Nullable String country, @Nullable String officialCode, @Nullable String name,
            @Nullable String region, @Nullable MunicipalityLevel level, @Nullable Integer population) {
        this(country, officialCode, name, region, level, population, null, null);
    }

    /** The same data, trimmed and with the country code upper-cased. */
    MunicipalityData normalised() {
        return new MunicipalityData(Countries.normalise(country), trim(officialCode), trim(name), trim(region),
                level == null ? MunicipalityLevel.MUNICIPALITY : level, population, latitude, longitude);
    }

    String reference() {
        return country + ":" + officialCode;
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
