package org.imcregistry.competition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed-in juror's assignments: each found only among their own, so that no juror reaches another's entry or
 * scores by guessing an id; and the one still open to scoring (judging stage, not yet submitted).
 */
@Component
class JurorAssignments {

    /** An assignment of the signed-in juror, with its edition, entry, the entry's record and applicant. */
    record Assignment(long id, long entryId, long editionId, String status, long practiceId, long partnershipId) {
    }

    /** A line of the juror's queue before any name is added: assignment, entry and progress. */
    record Queued(long assignmentId, long entryId, long practiceId, long partnershipId, EditionText category,
            String status, int scored) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Editions editions;

    JurorAssignments(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Editions editions) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.editions = editions;
    }

    long me() {
        return currentUser.accountId().orElseThrow(() -> new UserFacingException("competition.error.not-found"));
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

    /** One of the juror's assignments that may still be scored: refused outside judging and after submission. */
    Assignment open(long assignmentId) {
        Assignment assignment = mine(assignmentId);
        if (editions.edition(assignment.editionId()).stage() != Stage.JUDGING) {
            throw new UserFacingException("competition.error.stage", Stage.JUDGING);
        }
        if (!"ASSIGNED".equals(assignment.status())) {
            throw new UserFacingException("competition.error.submitted");
        }
        return assignment;
    }

    /** The juror's entries of an edition (not those excused by a conflict), in category order. */
    List<Queued> queue(long editionId) {
        return jdbc.query("""
                select a.id, en.id as entry_id, en.practice_id, en.partnership_id, c.name as category, a.status,
                       c.name_en as category_en, c.name_nb as category_nb, c.name_pl as category_pl, ed.first_language,
                       (select count(*) from competition_score s where s.assignment_id = a.id) as scored
                from competition_assignment a join competition_entry en on en.id = a.entry_id
                join competition_category c on c.id = en.category_id
                join competition_edition ed on ed.id = en.edition_id
                where en.edition_id = :e and a.juror_id = :j and a.status <> 'CONFLICT' order by c.position, en.id
                """, Map.of("e", editionId, "j", me()), (rs, i) -> new Queued(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), EditionLoader.text(rs, "category", rs.getString("first_language")),
                rs.getString(6), rs.getInt("scored")));
    }

    /** Scores of all of the juror's entries, for the scoring sheet: assignment id → criterion id → score. */
    Map<Long, Map<Long, Judging.Score>> allScores(long editionId) {
        Map<Long, Map<Long, Judging.Score>> all = new HashMap<>();
        jdbc.query("select s.assignment_id, s.criterion_id, s.score, s.comment from competition_score s"
                + " join competition_assignment a on a.id = s.assignment_id join competition_entry en on en.id = a.entry_id"
                + " where en.edition_id = :e and a.juror_id = :j", Map.of("e", editionId, "j", me()), rs -> {
                    all.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            new Judging.Score(rs.getDouble(3), rs.getString(4)));
                });
        return all;
    }
}
