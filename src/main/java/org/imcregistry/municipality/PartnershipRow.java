package org.imcregistry.municipality;

import java.util.List;
import java.util.SortedSet;

/** One line of the register: enough to list, filter and export a partnership. */
public record PartnershipRow(long id, String name, Term legalForm, List<Term> serviceAreas,
        SortedSet<String> countries, List<String> memberNames, String leadName, Integer foundingYear,
        PartnershipStatus status, java.time.LocalDate dissolvedOn, String website, String contact) {

    public int memberCount() {
        return memberNames.size();
    }
}
