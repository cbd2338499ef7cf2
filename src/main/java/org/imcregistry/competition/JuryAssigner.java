package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives entries their jurors: among the jurors without a conflict, those with the fewest entries so far, so that
 * the work is balanced; the jurors are told by mail. {@link Jury} decides who may ask for it.
 */
@Component
class JuryAssigner {

    private final NamedParameterJdbcTemplate jdbc;
    private final EditionEntries entries;
    private final Conflicts conflicts;
    private final CompetitionAudit audit;
    private final JuryNotifications notifications;

    JuryAssigner(NamedParameterJdbcTemplate jdbc, EditionEntries entries, Conflicts conflicts, CompetitionAudit audit,
            JuryNotifications notifications) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.conflicts = conflicts;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** Fills every eligible entry up to the edition's number of jurors, or only {@code onlyEntry} when not null. */
    Jury.AssignmentReport fill(Edition edition, @Nullable Long onlyEntry) {
        ConflictCheck check = conflicts.of(edition);
        Map<Long, Integer> load = new HashMap<>();
        edition.jurors().forEach(j -> load.put(j, 0));
        Map<Long, Set<Long>> assignedTo = new HashMap<>();
        jdbc.query("select a.entry_id, a.juror_id, a.status from competition_assignment a join competition_entry en"
                + " on en.id = a.entry_id where en.edition_id = :e", Map.of("e", edition.id()), rs -> {
                    assignedTo.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    if (!"CONFLICT".equals(rs.getString(3))) {
                        load.merge(rs.getLong(2), 1, Integer::sum);
                    }
                });
        Map<Long, Integer> made = new HashMap<>();
        List<Long> shortOf = new ArrayList<>();
        for (Entry entry : entries.of(edition.id())) {
            if (!Boolean.TRUE.equals(entry.eligible()) || onlyEntry != null && entry.id() != onlyEntry) {
                continue;
            }
            int need = edition.jurorsPerEntry() - entry.assigned();
            Set<Long> already = assignedTo.getOrDefault(entry.id(), Set.of());
            List<Long> candidates = edition.jurors().stream()
                    .filter(j -> !already.contains(j))
                    .filter(j -> check.between(j, entry.id(), entry.partnershipId()).isEmpty())
                    .sorted(Comparator.comparing((Long j) -> load.getOrDefault(j, 0)).thenComparing(j -> j)).toList();
            for (long juror : candidates.subList(0, Math.max(0, Math.min(need, candidates.size())))) {
                insert(entry.id(), juror);
                load.merge(juror, 1, Integer::sum);
                made.merge(juror, 1, Integer::sum);
            }
            if (candidates.size() < need) {
                shortOf.add(entry.id());
            }
        }
        int total = made.values().stream().mapToInt(Integer::intValue).sum();
        audit.log(edition.id(), "ASSIGNED", total + " assignments" + (shortOf.isEmpty() ? "" : "; short of jurors: "
                + shortOf));
        notifications.assigned(edition, made);
        return new Jury.AssignmentReport(total, shortOf);
    }

    void insert(long entryId, long jurorId) {
        jdbc.update("insert into competition_assignment (entry_id, juror_id, status, version)"
                + " values (:e, :j, 'ASSIGNED', 0)", new MapSqlParameterSource().addValue("e", entryId)
                .addValue("j", jurorId));
    }
}
