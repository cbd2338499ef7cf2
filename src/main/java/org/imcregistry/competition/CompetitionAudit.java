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
    private final org.imcregistry.security.AccountDirectory accounts;

    CompetitionAudit(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
            org.imcregistry.security.AccountDirectory accounts) {
        this.accounts = accounts;
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
        record Row(java.time.Instant at, Long actor, String action, String detail) {
        }
        List<Row> rows = jdbc.query("select a.at, a.actor_id, a.action, a.detail from competition_audit a"
                + " where a.edition_id = :edition order by a.at, a.id", Map.of("edition", editionId),
                (rs, i) -> new Row(rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id", Long.class),
                        rs.getString("action"), rs.getString("detail")));
        // names from the accounts, not from their table: competition reads only its own tables
        var names = accounts.byIds(rows.stream().map(Row::actor).filter(java.util.Objects::nonNull).distinct()
                .toList());
        return rows.stream().map(r -> new Line(r.at(), r.actor() != null && names.containsKey(r.actor())
                ? names.get(r.actor()).displayName() : "system", r.action(), r.detail())).toList();
    }
}
