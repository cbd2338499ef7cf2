package org.imcregistry.competition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.municipality.PartnershipDirectory;
import org.imcregistry.practice.PracticeDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A juror's own work: their queue with progress, scores saved one criterion at a time, and submission.
 * Jurors see only their own scores, and in a blind edition never the applicant.
 */
@Service
@PreAuthorize("hasRole('JUROR')")
public class Judging {

    /**
     * An entry in the juror's queue; in a blind edition {@code title} is the entry's code and {@code applicant} null.
     */
    public record QueueItem(long assignmentId, long entryId, String title, @Nullable String applicant,
            EditionText category, String status, int scored, int criteria) {
    }

    /** One criterion score with its comment. */
    public record Score(double value, String comment) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Editions editions;
    private final CompetitionAudit audit;
    private final JurorAssignments assignments;
    private final Clock clock;
    private final BlindEntries blind;
    private final PracticeDirectory records;
    private final PartnershipDirectory partnerships;

    Judging(NamedParameterJdbcTemplate jdbc, Editions editions, CompetitionAudit audit, JurorAssignments assignments,
            Clock clock, BlindEntries blind, PracticeDirectory records, PartnershipDirectory partnerships) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.audit = audit;
        this.assignments = assignments;
        this.clock = clock;
        this.blind = blind;
        this.records = records;
        this.partnerships = partnerships;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(long editionId) {
        Edition edition = editions.edition(editionId);
        List<JurorAssignments.Queued> queued = assignments.queue(editionId);
        int criteria = edition.criteria().size();
        if (edition.blind()) {
            // Blind means blind: no title or applicant is even asked for, so none can slip through.
            return queued.stream().map(q -> new QueueItem(q.assignmentId(), q.entryId(), BlindEntries.code(q.entryId()),
                    null, q.category(), q.status(), q.scored(), criteria)).toList();
        }
        Map<Long, String> titles = records.titles(queued.stream().map(JurorAssignments.Queued::practiceId)
                .collect(Collectors.toSet()));
        Map<Long, String> applicants = partnerships.names(queued.stream().map(JurorAssignments.Queued::partnershipId)
                .collect(Collectors.toSet()));
        return queued.stream().map(q -> new QueueItem(q.assignmentId(), q.entryId(),
                titles.getOrDefault(q.practiceId(), BlindEntries.code(q.entryId())), applicants.get(q.partnershipId()),
                q.category(), q.status(), q.scored(), criteria)).toList();
    }

    /**
     * The practice of one of the juror's entries as they may read it: in a blind edition by its code, with
     * everything that names the applicant masked (see {@link BlindEntries}).
     */
    @Transactional(readOnly = true)
    public EntryForJuror entry(long assignmentId) {
        JurorAssignments.Assignment assignment = assignments.mine(assignmentId);
        return blind.forJuror(editions.edition(assignment.editionId()), assignment);
    }

    /** The juror's own scores of one of their entries, by criterion id. */
    @Transactional(readOnly = true)
    public Map<Long, Score> scores(long assignmentId) {
        assignments.mine(assignmentId);
        Map<Long, Score> scores = new LinkedHashMap<>();
        jdbc.query("select criterion_id, score, comment from competition_score where assignment_id = :a",
                Map.of("a", assignmentId), rs -> {
                    scores.put(rs.getLong(1), new Score(rs.getDouble(2), rs.getString(3)));
                });
        return scores;
    }

    /** Saves one criterion's score as the juror gives it; refused outside judging, after submission, or off the scale. */
    @Transactional
    public void save(long assignmentId, long criterionId, double value, @Nullable String comment) {
        JurorAssignments.Assignment assignment = assignments.open(assignmentId);
        Edition edition = editions.edition(assignment.editionId());
        List<Problem> problems = new ArrayList<>();
        ScoreRules.check(edition, criterionId, value, comment, "score", problems);
        String text = Text.optional(comment, "comment", 2000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        write(assignment, criterionId, value, text);
    }

    private void write(JurorAssignments.Assignment assignment, long criterionId, double value,
            @Nullable String comment) {
        Map<Long, Score> before = scores(assignment.id());
        jdbc.update("delete from competition_score where assignment_id = :a and criterion_id = :c",
                Map.of("a", assignment.id(), "c", criterionId));
        jdbc.update("insert into competition_score (assignment_id, criterion_id, score, comment) values (:a, :c, :s, :t)",
                new MapSqlParameterSource().addValue("a", assignment.id()).addValue("c", criterionId)
                        .addValue("s", value).addValue("t", comment));
        Score old = before.get(criterionId);
        audit.log(assignment.editionId(), "SCORE", "juror " + assignments.me() + ", entry " + assignment.entryId()
                + ", criterion " + criterionId + ": " + (old == null ? "—" : old.value()) + " -> " + value);
    }

    /** Submits the juror's scores of an entry: every criterion scored, extremes explained; then they are locked. */
    @Transactional
    public void submit(long assignmentId) {
        JurorAssignments.Assignment assignment = assignments.open(assignmentId);
        Edition edition = editions.edition(assignment.editionId());
        Map<Long, Score> scores = scores(assignmentId);
        List<Problem> problems = new ArrayList<>();
        for (Edition.Criterion criterion : edition.criteria()) {
            Score score = scores.get(criterion.id());
            if (score == null) {
                // the name goes as it is: the form says it in the juror's language
                problems.add(Problem.of(criterion.name().firstText(), "competition.error.unscored", criterion.name()));
            } else {
                ScoreRules.check(edition, criterion.id(), score.value(), score.comment(),
                        criterion.name().firstText(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.update("update competition_assignment set status = 'SUBMITTED', submitted_at = :at, version = version + 1"
                + " where id = :a", Map.of("at", Timestamp.from(clock.instant()), "a", assignmentId));
        audit.log(assignment.editionId(), "SUBMITTED", "juror " + assignments.me() + ", entry " + assignment.entryId());
    }

    /** Several scores at once (from an uploaded scoring sheet), already checked; all or none. */
    @Transactional
    void saveAll(List<SheetScore> scores) {
        for (SheetScore score : scores) {
            write(assignments.open(score.assignmentId()), score.criterionId(), score.value(), score.comment());
        }
    }

    /** A score read from a scoring sheet. */
    record SheetScore(long assignmentId, long criterionId, double value, @Nullable String comment) {
    }

    /** Scores of all of the juror's entries, for the scoring sheet: assignment id → criterion id → score. */
    Map<Long, Map<Long, Score>> allMine(long editionId) {
        return assignments.allScores(editionId);
    }
}
