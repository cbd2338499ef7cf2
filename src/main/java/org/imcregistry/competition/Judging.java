package org.imcregistry.competition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.CurrentUser;
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
    public record QueueItem(long assignmentId, long entryId, String title, String applicant,
            String category, String status, int scored, int criteria) {
    }

    /** One criterion score with its comment. */
    public record Score(double value, String comment) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Editions editions;
    private final CompetitionAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BlindEntries blind;

    Judging(NamedParameterJdbcTemplate jdbc, Editions editions, CompetitionAudit audit, CurrentUser currentUser,
            Clock clock, BlindEntries blind) {
        this.blind = blind;
        this.jdbc = jdbc;
        this.editions = editions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(long editionId) {
        Edition edition = editions.edition(editionId);
        return jdbc.query("""
                select a.id, en.id as entry_id, p.title, pa.name as applicant, c.name as category, a.status,
                       (select count(*) from competition_score s where s.assignment_id = a.id) as scored
                from competition_assignment a join competition_entry en on en.id = a.entry_id
                join practice p on p.id = en.practice_id join partnership pa on pa.id = en.partnership_id
                join competition_category c on c.id = en.category_id
                where en.edition_id = :e and a.juror_id = :j and a.status <> 'CONFLICT' order by c.position, en.id
                """, Map.of("e", editionId, "j", me()), (rs, i) -> new QueueItem(rs.getLong(1), rs.getLong(2),
                edition.blind() ? BlindEntries.code(rs.getLong(2)) : rs.getString(3),
                edition.blind() ? null : rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                edition.criteria().size()));
    }

    /**
     * The practice of one of the juror's entries as they may read it: in a blind edition by its code, with
     * everything that names the applicant masked (see {@link BlindEntries}).
     */
    @Transactional(readOnly = true)
    public EntryForJuror entry(long assignmentId) {
        Assignment assignment = mine(assignmentId);
        return blind.forJuror(editions.edition(assignment.editionId()), assignment);
    }

    /** The juror's own scores of one of their entries, by criterion id. */
    @Transactional(readOnly = true)
    public Map<Long, Score> scores(long assignmentId) {
        mine(assignmentId);
        Map<Long, Score> scores = new LinkedHashMap<>();
        jdbc.query("select criterion_id, score, comment from competition_score where assignment_id = :a",
                Map.of("a", assignmentId), rs -> {
                    scores.put(rs.getLong(1), new Score(rs.getDouble(2), rs.getString(3)));
                });
        return scores;
    }

    /** Saves one criterion's score as the juror gives it; refused outside judging, after submission, or off the scale. */
    @Transactional
    public void save(long assignmentId, long criterionId, double value, String comment) {
        Assignment assignment = open(assignmentId);
        Edition edition = editions.edition(assignment.editionId());
        List<Problem> problems = new ArrayList<>();
        check(edition, criterionId, value, comment, "score", problems);
        String text = Text.optional(comment, "comment", 2000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        write(assignment, criterionId, value, text);
    }

    private void write(Assignment assignment, long criterionId, double value, String comment) {
        Map<Long, Score> before = scores(assignment.id());
        jdbc.update("delete from competition_score where assignment_id = :a and criterion_id = :c",
                Map.of("a", assignment.id(), "c", criterionId));
        jdbc.update("insert into competition_score (assignment_id, criterion_id, score, comment) values (:a, :c, :s, :t)",
                new MapSqlParameterSource().addValue("a", assignment.id()).addValue("c", criterionId)
                        .addValue("s", value).addValue("t", comment));
        Score old = before.get(criterionId);
        audit.log(assignment.editionId(), "SCORE", "juror " + me() + ", entry " + assignment.entryId() + ", criterion "
                + criterionId + ": " + (old == null ? "—" : old.value()) + " -> " + value);
    }

    /**
     * The checks of one score: a known criterion, a value on the scale, and a comment whenever the value is at
     * an end of the scale (a top or bottom mark must be explained).
     */
    static void check(Edition edition, long criterionId, double value, String comment, String field,
            List<Problem> problems) {
        if (edition.criteria().stream().noneMatch(c -> c.id() == criterionId)) {
            problems.add(Problem.of(field, "competition.error.criterion"));
        } else if (Double.isNaN(value) || value < edition.scaleMin() || value > edition.scaleMax()) {
            problems.add(Problem.of(field, "competition.error.scale", edition.scaleMin(), edition.scaleMax()));
        } else if ((value == edition.scaleMin() || value == edition.scaleMax()) && (comment == null || comment.isBlank())) {
            problems.add(Problem.of(field, "competition.error.comment-extreme", edition.scaleMin(), edition.scaleMax()));
        }
    }

    /** Submits the juror's scores of an entry: every criterion scored, extremes explained; then they are locked. */
    @Transactional
    public void submit(long assignmentId) {
        Assignment assignment = open(assignmentId);
        Edition edition = editions.edition(assignment.editionId());
        Map<Long, Score> scores = scores(assignmentId);
        List<Problem> problems = new ArrayList<>();
        for (Edition.Criterion criterion : edition.criteria()) {
            Score score = scores.get(criterion.id());
            if (score == null) {
                problems.add(Problem.of(criterion.name(), "competition.error.unscored", criterion.name()));
            } else {
                check(edition, criterion.id(), score.value(), score.comment(), criterion.name(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.update("update competition_assignment set status = 'SUBMITTED', submitted_at = :at, version = version + 1"
                + " where id = :a", Map.of("at", Timestamp.from(clock.instant()), "a", assignmentId));
        audit.log(assignment.editionId(), "SUBMITTED", "juror " + me() + ", entry " + assignment.entryId());
    }

    /** Several scores at once (from an uploaded scoring sheet), already checked; all or none. */
    @Transactional
    void saveAll(List<SheetScore> scores) {
        for (SheetScore score : scores) {
            write(open(score.assignmentId()), score.criterionId(), score.value(), score.comment());
        }
    }

    /** A score read from a scoring sheet. */
    record SheetScore(long assignmentId, long criterionId, double value, String comment) {
    }

    /** An assignment of the signed-in juror, with its edition, entry, the entry's record and applicant. */
    record Assignment(long id, long entryId, long editionId, String status, long practiceId, long partnershipId) {
    }

    Assignment mine(long assignmentId) {
        List<Assignment> found = jdbc.query("select a.id, a.entry_id, en.edition_id, a.status, en.practice_id,"
                + " en.partnership_id from competition_assignment a join competition_entry en on en.id = a.entry_id"
                + " where a.id = :a and a.juror_id = :j", Map.of("a", assignmentId, "j", me()),
                (rs, i) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6)));
        if (found.isEmpty()) {
            throw new UserFacingException("competition.error.not-found");
        }
        return found.getFirst();
    }

    private Assignment open(long assignmentId) {
        Assignment assignment = mine(assignmentId);
        if (editions.edition(assignment.editionId()).stage() != Stage.JUDGING) {
            throw new UserFacingException("competition.error.stage", Stage.JUDGING);
        }
        if (!"ASSIGNED".equals(assignment.status())) {
            throw new UserFacingException("competition.error.submitted");
        }
        return assignment;
    }

    long me() {
        return currentUser.accountId().orElseThrow(() -> new UserFacingException("competition.error.not-found"));
    }

    /** Scores of all of the juror's open entries, for the scoring sheet: assignment id → criterion id → score. */
    Map<Long, Map<Long, Score>> allMine(long editionId) {
        Map<Long, Map<Long, Score>> all = new HashMap<>();
        jdbc.query("select s.assignment_id, s.criterion_id, s.score, s.comment from competition_score s"
                + " join competition_assignment a on a.id = s.assignment_id join competition_entry en on en.id = a.entry_id"
                + " where en.edition_id = :e and a.juror_id = :j", Map.of("e", editionId, "j", me()), rs -> {
                    all.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            new Score(rs.getDouble(3), rs.getString(4)));
                });
        return all;
    }
}
