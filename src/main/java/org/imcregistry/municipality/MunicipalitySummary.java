package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;

/** A municipality as views and other features see it. */
public record MunicipalitySummary(Long id, String country, String officialCode, String name, @Nullable String region,
        MunicipalityLevel level, @Nullable Integer population, @Nullable Double latitude, @Nullable Double longitude,
        long version) {

    /** How import files and exports refer to a municipality: {@code NO:4640}. */
    public String reference() {
        return country + ":" + officialCode;
    }
}
