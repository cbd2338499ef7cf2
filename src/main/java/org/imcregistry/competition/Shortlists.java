package org.imcregistry.competition;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.practice.RecordAwarded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking and the shortlist: submitted scores of eligible entries aggregated as the edition says, ranked
 * per category with the tie-break that decided, the shortlist by the edition's rule, and the manager's
 * overrides, each with its reason. Closing the edition labels winners and shortlisted records.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class Shortlists {

    /** An entry with its place. */
    public record RankingRow(EntryRow entry, Aggregation.Ranked ranked) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Editions editions;
    private final EditionEntries entries;
    private final CompetitionAudit audit;
    private final ApplicationEventPublisher events;
    private final StageChanges stages;

    Shortlists(NamedParameterJdbcTemplate jdbc, Editions editions, EditionEntries entries, CompetitionAudit audit,
            ApplicationEventPublisher events, StageChanges stages) {
        this.stages = stages;
        this.jdbc = jdbc;
        this.editions = editions;
        this.entries = entries;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RankingRow> ranking(long editionId) {
        ScoreCollector collector = new ScoreCollector();
        jdbc.query("""
                select a.id, a.entry_id, a.juror_id, s.criterion_id, s.score from competition_score s
                join competition_assignment a on a.id = s.assignment_id join competition_entry en on en.id = a.entry_id
                where en.edition_id = :e and a.status = 'SUBMITTED' and en.eligible
                """, Map.of("e", editionId), rs -> {
                    collector.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5));
                });
        return ranking(editionId, collector);
    }

    /**
     * Gathers submitted scores of eligible entries in one pass, keyed by assignment (one juror's scores of one
     * entry), so that whoever reads the scores anyway (the export) can rank from the same pass.
     */
    static final class ScoreCollector {
        private final Map<Long, List<Aggregation.JurorScores>> byEntry = new HashMap<>();
        private final Map<Long, CriterionScores> byAssignment = new HashMap<>();
        /** A sheet's scores mostly come one after another: the last one is kept at hand, no lookup per score. */
        private long lastAssignment = -1;
        private @Nullable CriterionScores lastSheet;

        void add(long assignment, long entry, long juror, long criterion, double score) {
            CriterionScores sheet = assignment == lastAssignment ? lastSheet : byAssignment.get(assignment);
            if (sheet == null) {
                sheet = new CriterionScores();
                byAssignment.put(assignment, sheet);
                byEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(new Aggregation.JurorScores(juror, sheet));
            }
            sheet.set(criterion, score);
            lastAssignment = assignment;
            lastSheet = sheet;
        }
    }

    List<RankingRow> ranking(long editionId, ScoreCollector collector) {
        return ranking(editions.edition(editionId), entries.named(editionId), collector);
    }

    /** The ranking of entries already read (the export reads them once for all its sheets). */
    List<RankingRow> ranking(Edition edition, List<EntryRow> rows, ScoreCollector collector) {
        List<EntryRow> eligible = rows.stream().filter(e -> Boolean.TRUE.equals(e.eligible())).toList();
        Map<Long, List<Aggregation.JurorScores>> byEntry = collector.byEntry;
        List<Aggregation.EntryScores> input = new ArrayList<>();
        for (EntryRow entry : eligible) {
            input.add(new Aggregation.EntryScores(entry.id(), entry.categoryId(), entry.submittedAt(),
                    byEntry.getOrDefault(entry.id(), List.of()), entry.override()));
        }
        Map<Long, EntryRow> byId = eligible.stream().collect(Collectors.toMap(EntryRow::id, Function.identity()));
        return Aggregation.rank(edition.settings(), input).stream()
                .map(r -> new RankingRow(Objects.requireNonNull(byId.get(r.entryId()), "ranked from these entries"), r))
                .toList();
    }

    /** Puts an entry on the shortlist or takes it off (or back to the rule with {@code null}); a reason is required. */
    @Transactional
    public void override(long entryId, Boolean shortlisted, String reason) {
        long editionId = entries.editionOf(entryId);
        if (editions.edition(editionId).stage() != Stage.SHORTLISTED) {
            throw new UserFacingException("competition.error.stage", Stage.SHORTLISTED);
        }
        List<Problem> problems = new ArrayList<>();
        String why = Text.required(reason, "reason", 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("reason", "competition.error.reason-required")));
        }
        jdbc.update("update competition_entry set shortlist_override = :o, override_reason = :r, version = version + 1"
                + " where id = :id", new MapSqlParameterSource().addValue("o", shortlisted).addValue("r", why)
                .addValue("id", entryId));
        audit.log(editionId, "OVERRIDE", "entry " + entryId + ": " + (shortlisted == null ? "by rule"
                : shortlisted ? "on the shortlist" : "off the shortlist") + " — " + why);
    }

    /** Closes the edition and labels its records: the first of each category's shortlist wins, the rest are shortlisted. */
    @Transactional
    public void close(long editionId, long expectedVersion) {
        Edition edition = editions.edition(editionId);
        if (edition.stage() != Stage.SHORTLISTED) {
            throw new UserFacingException("competition.error.stage", Stage.SHORTLISTED);
        }
        List<RankingRow> ranking = ranking(editionId);
        stages.moveOn(editionId, expectedVersion);
        Map<Long, Boolean> winnerTaken = new HashMap<>();
        for (RankingRow row : ranking) {
            if (!row.ranked().shortlisted()) {
                continue;
            }
            boolean winner = winnerTaken.putIfAbsent(row.entry().categoryId(), true) == null;
            // The registry labels its own records: an event, recorded with this transaction, not a call into it.
            events.publishEvent(new RecordAwarded(row.entry().practiceId(), editionId,
                    edition.name() + " " + edition.year(), winner ? "WINNER" : "SHORTLISTED"));
        }
        audit.log(editionId, "LABELS", winnerTaken.size() + " winners labelled on their records");
    }
}
