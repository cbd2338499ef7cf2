package org.imcregistry.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A draft that passed every rule, with its references resolved to entities. */
record CheckedPartnership(String name, @Nullable String description, LegalForm legalForm,
        Set<ServiceArea> serviceAreas, List<CheckedMember> members, @Nullable Integer foundingYear,
        PartnershipStatus status, @Nullable LocalDate dissolvedOn, @Nullable String website, @Nullable String contact) {

    record CheckedMember(Municipality municipality, MemberRole role, @Nullable LocalDate joinedOn) {
    }
}
