package org.imcregistry.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A draft that passed every rule, with its references resolved to entities. */
record CheckedPartnership(String name, String description, LegalForm legalForm, Set<ServiceArea> serviceAreas,
        List<CheckedMember> members, Integer foundingYear, PartnershipStatus status, LocalDate dissolvedOn,
        String website, String contact) {

    record CheckedMember(Municipality municipality, MemberRole role, LocalDate joinedOn) {
    }
}
