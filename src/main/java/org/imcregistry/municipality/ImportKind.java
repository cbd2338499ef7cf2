package org.imcregistry.municipality;

import java.util.List;

/** What an import file holds, and the columns it must have (the first row names them). */
public enum ImportKind {
    MUNICIPALITIES(List.of("country", "official_code", "name", "region", "level", "population", "latitude",
            "longitude")),
    PARTNERSHIPS(List.of("name", "description", "legal_form", "service_areas", "lead_municipality", "members",
            "founding_year", "status", "dissolved_on", "website", "contact"));

    private final List<String> columns;

    ImportKind(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    /** The columns without which a row cannot be read. */
    List<String> requiredColumns() {
        return this == MUNICIPALITIES ? List.of("country", "official_code", "name")
                : List.of("name", "legal_form", "members");
    }
}
