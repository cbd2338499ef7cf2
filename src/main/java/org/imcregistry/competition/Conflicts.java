package org.imcregistry.competition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.municipality.PartnershipDirectory;
import org.imcregistry.security.AccountDirectory;
import org.imcregistry.security.AccountSummary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads an edition's {@link ConflictCheck}: jurors and applicants from the competition's own tables, where each
 * juror comes from asked of the accounts and the municipalities, and what ties people and places to each applicant
 * asked of the register. One question of each kind for the whole edition.
 */
@Component
class Conflicts {

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountDirectory accounts;
    private final MunicipalityDirectory municipalities;
    private final PartnershipDirectory partnerships;

    Conflicts(NamedParameterJdbcTemplate jdbc, AccountDirectory accounts, MunicipalityDirectory municipalities,
            PartnershipDirectory partnerships) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.partnerships = partnerships;
    }

    ConflictCheck of(Edition edition) {
        Map<String, Object> e = Map.of("e", edition.id());
        // the jury as it stands, and anyone assigned before they left it; the assignments are read in one pass for
        // both who was assigned and which conflicts were declared (two scans of a large edition's 35,000 rows before)
        Set<Long> jurors = new HashSet<>(jdbc.queryForList("select user_id from competition_juror where edition_id = :e",
                e, Long.class));
        Set<String> declared = new HashSet<>();
        jdbc.query("select a.entry_id, a.juror_id, a.status = 'CONFLICT' from competition_assignment a"
                + " join competition_entry en on en.id = a.entry_id where en.edition_id = :e", e, rs -> {
                    jurors.add(rs.getLong(2));
                    if (rs.getBoolean(3)) {
                        declared.add(rs.getLong(1) + ":" + rs.getLong(2));
                    }
                });
        List<Long> applicants = jdbc.query("select distinct partnership_id from competition_entry"
                + " where edition_id = :e", e, (rs, i) -> rs.getLong(1));
        return new ConflictCheck(edition.excludeSameCountry(), homes(jurors), partnerships.ties(applicants), declared);
    }

    private Map<Long, ConflictCheck.Home> homes(Set<Long> jurors) {
        Map<Long, AccountSummary> people = accounts.byIds(jurors);
        Map<Long, MunicipalitySummary> places = municipalities.byIds(people.values().stream()
                .map(AccountSummary::municipalityId).filter(Objects::nonNull).distinct().toList());
        Map<Long, ConflictCheck.Home> homes = new HashMap<>();
        people.forEach((id, person) -> {
            MunicipalitySummary place = person.municipalityId() == null ? null : places.get(person.municipalityId());
            homes.put(id, new ConflictCheck.Home(person.municipalityId(), place == null ? null : place.country()));
        });
        return homes;
    }
}
