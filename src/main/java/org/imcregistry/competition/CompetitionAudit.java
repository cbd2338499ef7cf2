package org.imcregistry.competition;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imcregistry.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The edition's audit log: stage changes, eligibility, assignments, conflicts, every score change, overrides. */
@Component
class CompetitionAudit {

    /** One line of the log. */
    record Line(Instant at, String actor, String action, String detail) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompetitionAudit(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void log(long editionId, String action, String detail) {
        String text = detail == null ? "" : detail;
        jdbc.update("insert into competition_audit (edition_id, at, actor_id, action, detail)"
                + " values (:edition, :at, :actor, :action, :detail)", new MapSqlParameterSource()
                .addValue("edition", editionId).addValue("at", java.sql.Timestamp.from(clock.instant()))
                .addValue("actor", currentUser.accountId().orElse(null)).addValue("action", action)
                .addValue("detail", text.length() > 2000 ? text.substring(0, 2000) : text));
    }

    List<Line> lines(long editionId) {
        return jdbc.query("select a.at, coalesce(u.display_name, 'system') as actor, a.action, a.detail"
                + " from competition_audit a left join user_account u on u.id = a.actor_id"
                + " where a.edition_id = :edition order by a.at, a.id", Map.of("edition", editionId),
                (rs, i) -> new Line(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("detail")));
    }
}
