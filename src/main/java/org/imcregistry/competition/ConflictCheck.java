package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcregistry.municipality.PartnershipTies;
import org.jspecify.annotations.Nullable;

/**
 * Who may not judge which entry, for one edition: a juror tied to the applicant partnership (as one of its
 * people, or through a member municipality they represent), a juror from the applicant's country when the
 * edition says so, and any conflict a juror declared. Loaded once ({@link Conflicts}), checked in memory.
 */
final class ConflictCheck {

    /** Why a juror may not judge an entry. */
    enum Reason { PARTNERSHIP, MUNICIPALITY, COUNTRY, DECLARED }

    /** Where a juror comes from: the municipality they represent and its country (both null for none). */
    record Home(@Nullable Long municipalityId, @Nullable String country) {
    }

    private final boolean sameCountry;
    private final Map<Long, Home> homes;
    private final Map<Long, PartnershipTies> ties;
    private final Set<String> declared;

    /** {@code declared} holds "entry:juror" for each conflict a juror declared. */
    ConflictCheck(boolean sameCountry, Map<Long, Home> homes, Map<Long, PartnershipTies> ties, Set<String> declared) {
        this.sameCountry = sameCountry;
        this.homes = Map.copyOf(homes);
        this.ties = Map.copyOf(ties);
        this.declared = Set.copyOf(declared);
    }

    Optional<Reason> between(long jurorId, long entryId, long partnershipId) {
        if (declared.contains(entryId + ":" + jurorId)) {
            return Optional.of(Reason.DECLARED);
        }
        PartnershipTies applicant = ties.getOrDefault(partnershipId, PartnershipTies.none(partnershipId));
        if (applicant.people().contains(jurorId)) {
            return Optional.of(Reason.PARTNERSHIP);
        }
        Home home = homes.get(jurorId);
        if (home == null || home.municipalityId() == null) {
            return Optional.empty();
        }
        if (applicant.memberCountries().containsKey(home.municipalityId())) {
            return Optional.of(Reason.MUNICIPALITY);
        }
        if (sameCountry && home.country() != null && applicant.memberCountries().containsValue(home.country())) {
            return Optional.of(Reason.COUNTRY);
        }
        return Optional.empty();
    }

    /** A conflict found for a pair, for the export's "Jury and conflicts" sheet. */
    record Found(long jurorId, long entryId, Reason reason) {
    }

    List<Found> all(Set<Long> jurors, List<EntryRow> entries) {
        List<Found> found = new ArrayList<>();
        for (EntryRow entry : entries) {
            for (long juror : jurors) {
                between(juror, entry.id(), entry.partnershipId()).ifPresent(r -> found.add(new Found(juror, entry.id(), r)));
            }
        }
        return found;
    }
}
