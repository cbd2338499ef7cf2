package org.imcregistry.competition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Who may not judge which entry, for one edition: a juror tied to the applicant partnership (as one of its
 * people, or through a member municipality they represent), a juror from the applicant's country when the
 * edition says so, and any conflict a juror declared. Loaded once, checked in memory.
 */
final class ConflictCheck {

    /** Why a juror may not judge an entry. */
    enum Reason { PARTNERSHIP, MUNICIPALITY, COUNTRY, DECLARED }

    private final boolean sameCountry;
    private final Map<Long, Long> jurorMunicipality = new HashMap<>();
    private final Map<Long, String> jurorCountry = new HashMap<>();
    private final Map<Long, Set<Long>> partnershipMunicipalities = new HashMap<>();
    private final Map<Long, Set<String>> partnershipCountries = new HashMap<>();
    private final Map<Long, Set<Long>> partnershipPeople = new HashMap<>();
    private final Set<String> declared = new HashSet<>();

    ConflictCheck(NamedParameterJdbcTemplate jdbc, Edition edition) {
        this.sameCountry = edition.excludeSameCountry();
        Map<String, Object> e = Map.of("e", edition.id());
        jdbc.query("select u.id, u.municipality_id, m.country from user_account u left join municipality m"
                + " on m.id = u.municipality_id where u.id in (select user_id from competition_juror where edition_id = :e)"
                + " or u.id in (select a.juror_id from competition_assignment a join competition_entry en"
                + " on en.id = a.entry_id where en.edition_id = :e)", e, rs -> {
                    long municipality = rs.getLong(2);
                    if (!rs.wasNull()) {
                        jurorMunicipality.put(rs.getLong(1), municipality);
                        jurorCountry.put(rs.getLong(1), rs.getString(3));
                    }
                });
        jdbc.query("select pm.partnership_id, pm.municipality_id, m.country from partnership_member pm"
                + " join municipality m on m.id = pm.municipality_id where pm.partnership_id in"
                + " (select partnership_id from competition_entry where edition_id = :e)", e, rs -> {
                    partnershipMunicipalities.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    partnershipCountries.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(3));
                });
        jdbc.query("select partnership_id, user_id from partnership_person where partnership_id in"
                + " (select partnership_id from competition_entry where edition_id = :e)", e, rs -> {
                    partnershipPeople.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        jdbc.query("select a.entry_id, a.juror_id from competition_assignment a join competition_entry en"
                + " on en.id = a.entry_id where en.edition_id = :e and a.status = 'CONFLICT'", e, rs -> {
                    declared.add(rs.getLong(1) + ":" + rs.getLong(2));
                });
    }

    Optional<Reason> between(long jurorId, long entryId, long partnershipId) {
        if (declared.contains(entryId + ":" + jurorId)) {
            return Optional.of(Reason.DECLARED);
        }
        if (partnershipPeople.getOrDefault(partnershipId, Set.of()).contains(jurorId)) {
            return Optional.of(Reason.PARTNERSHIP);
        }
        Long municipality = jurorMunicipality.get(jurorId);
        if (municipality != null && partnershipMunicipalities.getOrDefault(partnershipId, Set.of()).contains(municipality)) {
            return Optional.of(Reason.MUNICIPALITY);
        }
        String country = jurorCountry.get(jurorId);
        if (sameCountry && country != null && partnershipCountries.getOrDefault(partnershipId, Set.of()).contains(country)) {
            return Optional.of(Reason.COUNTRY);
        }
        return Optional.empty();
    }

    /** A conflict found for a pair, for the export's "Jury and conflicts" sheet. */
    record Found(long jurorId, long entryId, Reason reason) {
    }

    List<Found> all(Set<Long> jurors, List<EntryRow> entries) {
        List<Found> found = new java.util.ArrayList<>();
        for (EntryRow entry : entries) {
            for (long juror : jurors) {
                between(juror, entry.id(), entry.partnershipId()).ifPresent(r -> found.add(new Found(juror, entry.id(), r)));
            }
        }
        return found;
    }
}
