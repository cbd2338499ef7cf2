package org.imcregistry.municipality;

import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/** One line of the register: enough to list, filter and export a partnership. */
public record PartnershipRow(long id, String name, Term legalForm, List<Term> serviceAreas,
        SortedSet<String> countries, List<String> memberNames, @Nullable String leadName,
        @Nullable Integer foundingYear, PartnershipStatus status, java.time.@Nullable LocalDate dissolvedOn,
        @Nullable String website, @Nullable String contact) {

    public int memberCount() {
        return memberNames.size();
    }
}
