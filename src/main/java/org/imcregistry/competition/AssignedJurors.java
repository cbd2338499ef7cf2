package org.imcregistry.competition;

import java.util.Map;
import org.imcregistry.common.SqlValues;
import org.imcregistry.practice.JuryReaders;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the registry who judges a record: a juror assigned to an entry of it (and not excused by a conflict), or a
 * competition manager. Only they read a record's full text while a blind edition holds it back.
 */
@Component
class AssignedJurors implements JuryReaders {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AssignedJurors(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public boolean mayJudge(long practiceId) {
        if (currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return currentUser.accountId().map(juror -> SqlValues.present(jdbc.queryForObject("select count(*)"
                + " from competition_assignment a join competition_entry en on en.id = a.entry_id"
                + " where en.practice_id = :p and a.juror_id = :j and a.status <> 'CONFLICT'",
                Map.of("p", practiceId, "j", juror), Integer.class)) > 0).orElse(false);
    }
}
