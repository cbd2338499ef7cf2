package org.imcregistry.competition;

import java.util.Map;
import org.imcregistry.common.SqlValues;
import org.imcregistry.common.UserFacingException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves an edition to its next stage after checking that it may: criteria must weigh 100 % before it opens; every
 * entry needs an eligibility decision before judging, and every eligible entry its jurors; every assignment must be
 * submitted (or declared a conflict) before the shortlist. Judging over, a blind edition's records are released.
 */
@Component
class StageChanges {

    private final NamedParameterJdbcTemplate jdbc;
    private final EditionLoader loader;
    private final CompetitionAudit audit;
    private final BlindEntries blind;

    StageChanges(NamedParameterJdbcTemplate jdbc, EditionLoader loader, CompetitionAudit audit, BlindEntries blind) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.audit = audit;
        this.blind = blind;
    }

    Stage moveOn(long id, long expectedVersion) {
        Edition edition = loader.edition(id);
        if (edition.version() != expectedVersion) {
            throw new UserFacingException("competition.error.changed-meanwhile");
        }
        Stage next = edition.stage().next();
        switch (next) {
            case OPEN -> {
                double sum = edition.criteria().stream().mapToDouble(Edition.Criterion::weight).sum();
                if (Math.abs(sum - 100) > 1e-6) {
                    throw new UserFacingException("competition.error.weights", sum);
                }
            }
            case JUDGING -> readyForJudging(edition);
            case SHORTLISTED -> {
                int open = count("select count(*) from competition_assignment a join competition_entry en"
                        + " on en.id = a.entry_id where en.edition_id = :e and en.eligible and a.status = 'ASSIGNED'", id);
                if (open > 0) {
                    throw new UserFacingException("competition.error.scores-missing", open);
                }
            }
            case CLOSED -> {
                if (edition.stage() == Stage.CLOSED) {
                    throw new UserFacingException("competition.error.closed");
                }
            }
            default -> {
            }
        }
        jdbc.update("update competition_edition set stage = :stage, version = version + 1 where id = :id",
                Map.of("stage", next.name(), "id", id));
        audit.log(id, "STAGE", edition.stage() + " -> " + next);
        if (next == Stage.SHORTLISTED) {
            blind.release(id);
        }
        return next;
    }

    private void readyForJudging(Edition edition) {
        int undecided = count("select count(*) from competition_entry where edition_id = :e and eligible is null",
                edition.id());
        if (undecided > 0) {
            throw new UserFacingException("competition.error.undecided", undecided);
        }
        int short_ = count("select count(*) from competition_entry en where en.edition_id = :e and en.eligible"
                + " and (select count(*) from competition_assignment a where a.entry_id = en.id"
                + " and a.status <> 'CONFLICT') < " + edition.jurorsPerEntry(), edition.id());
        if (short_ > 0) {
            throw new UserFacingException("competition.error.unassigned", short_);
        }
    }

    private int count(String sql, long editionId) {
        return SqlValues.present(jdbc.queryForObject(sql, Map.of("e", editionId), Integer.class));
    }
}
