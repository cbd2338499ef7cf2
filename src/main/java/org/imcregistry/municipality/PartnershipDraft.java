package org.imcregistry.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a form or an import row says about a partnership, before it is checked. */
public record PartnershipDraft(String name, String description, String legalFormCode, Set<String> serviceAreaCodes,
        List<MemberDraft> members, Integer foundingYear, PartnershipStatus status, LocalDate dissolvedOn,
        String website, String contact) {

    /** A municipality to be a member, with its role and (optionally) the date it joined. */
    public record MemberDraft(long municipalityId, MemberRole role, LocalDate joinedOn) {
    }
}
