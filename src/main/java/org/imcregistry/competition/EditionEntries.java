package org.imcregistry.competition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.common.SqlValues;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipDirectory;
import org.imcregistry.practice.PracticeDirectory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The entries of an edition as the competition's own tables hold them, and, for the manager's pages and the export,
 * with the record's title and the applicant's name asked of the registry and the register: one question each for
 * the whole edition.
 */
@Component
class EditionEntries {

    private static final String SELECT = """
            select en.id, en.category_id, c.name as category, c.name_en as category_en, c.name_nb as category_nb,
                   c.name_pl as category_pl, ed.first_language, en.practice_id, en.partnership_id, en.submitted_at,
                   en.eligible, en.eligibility_reason, en.shortlist_override, en.override_reason
            from competition_entry en
            join competition_category c on c.id = en.category_id
            join competition_edition ed on ed.id = en.edition_id
            where en.edition_id = :e order by c.position, en.submitted_at
            """;
    /**
     * The assignments' states, read apart and counted here: joined to the entries as a derived table, H2 ran the
     * grouping again for every entry (a fifth of a 5,000-entry export).
     */
    private static final String ASSIGNMENTS = """
            select a.entry_id, a.status from competition_assignment a join competition_entry en on en.id = a.entry_id
            where en.edition_id = :e
            """;

    /** How far the jury is with one entry: its assignments not declined for a conflict, and those submitted. */
    static final class Progress {
        private static final Progress NONE = new Progress();
        private int assigned;
        private int submitted;

        /** Counts one assignment of an entry, in the state it is in, into the progress per entry. */
        static void count(Map<Long, Progress> progress, long entry, String status) {
            Progress counts = progress.computeIfAbsent(entry, k -> new Progress());
            counts.assigned += "CONFLICT".equals(status) ? 0 : 1;
            counts.submitted += "SUBMITTED".equals(status) ? 1 : 0;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PracticeDirectory records;
    private final PartnershipDirectory partnerships;

    EditionEntries(NamedParameterJdbcTemplate jdbc, PracticeDirectory records, PartnershipDirectory partnerships) {
        this.jdbc = jdbc;
        this.records = records;
        this.partnerships = partnerships;
    }

    /** The entries with no names, for the jury's bookkeeping (whoever's action needs them, a juror's too). */
    List<Entry> of(long editionId) {
        Map<Long, Progress> progress = new HashMap<>();
        jdbc.query(ASSIGNMENTS, Map.of("e", editionId), rs -> {
            Progress.count(progress, rs.getLong(1), rs.getString(2));
        });
        return of(editionId, progress);
    }

    /** The entries, with the jury's progress counted by whoever read the assignments already. */
    List<Entry> of(long editionId, Map<Long, Progress> progress) {
        return jdbc.query(SELECT, Map.of("e", editionId), (rs, i) -> {
            Progress counts = progress.getOrDefault(rs.getLong("id"), Progress.NONE);
            return new Entry(rs.getLong("id"), rs.getLong("category_id"),
                    EditionLoader.text(rs, "category", rs.getString("first_language")), rs.getLong("practice_id"),
                    rs.getLong("partnership_id"), rs.getTimestamp("submitted_at").toInstant(),
                    (Boolean) rs.getObject("eligible"), rs.getString("eligibility_reason"),
                    (Boolean) rs.getObject("shortlist_override"), rs.getString("override_reason"), counts.assigned,
                    counts.submitted);
        });
    }

    /** The entries with the record's title and the applicant's name, for managers. */
    List<EntryRow> named(long editionId) {
        return named(of(editionId));
    }

    /** The same, with the jury's progress counted from assignments the caller read. */
    List<EntryRow> named(long editionId, Map<Long, Progress> progress) {
        return named(of(editionId, progress));
    }

    private List<EntryRow> named(List<Entry> entries) {
        Map<Long, String> titles = records.titles(entries.stream().map(Entry::practiceId).collect(Collectors.toSet()));
        Set<Long> applicants = entries.stream().map(Entry::partnershipId).collect(Collectors.toSet());
        Map<Long, String> names = partnerships.names(applicants);
        return entries.stream().map(e -> e.named(titles.get(e.practiceId()), names.get(e.partnershipId()))).toList();
    }

    long editionOf(long entryId) {
        List<Long> edition = jdbc.query("select edition_id from competition_entry where id = :id",
                Map.of("id", entryId), (rs, i) -> rs.getLong(1));
        if (edition.isEmpty()) {
            throw new UserFacingException("competition.error.not-found");
        }
        return edition.getFirst();
    }

    long practiceOf(long entryId) {
        return SqlValues.present(jdbc.queryForObject("select practice_id from competition_entry where id = :id",
                Map.of("id", entryId), Long.class));
    }
}
