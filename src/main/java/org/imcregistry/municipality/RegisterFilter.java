package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;

/** What the register is filtered by; a null field does not filter. */
public record RegisterFilter(@Nullable String text, @Nullable String country, @Nullable String legalForm,
        @Nullable String serviceArea, @Nullable Long municipalityId, @Nullable PartnershipStatus status) {

    public static final RegisterFilter NONE = new RegisterFilter(null, null, null, null, null, null);

    /** Blank text counts as no filter, and text is trimmed, so the query needs no special cases. */
    public RegisterFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
