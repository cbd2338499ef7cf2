package org.imcregistry.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a form or an import row says about a partnership, before it is checked. */
public record PartnershipDraft(@Nullable String name, @Nullable String description, @Nullable String legalFormCode,
        @Nullable Set<String> serviceAreaCodes, List<MemberDraft> members, @Nullable Integer foundingYear,
        @Nullable PartnershipStatus status, @Nullable LocalDate dissolvedOn, @Nullable String website,
        @Nullable String contact) {

    /** A municipality to be a member, with its role and (optionally) the date it joined. */
    public record MemberDraft(long municipalityId, MemberRole role, @Nullable LocalDate joinedOn) {
    }
}
