package org.imcregistry.competition;

import org.jspecify.annotations.Nullable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.common.UserFacingException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads an edition with its categories, criteria, eligibility rules and jury; "not found" for an unknown id. */
@Component
class EditionLoader {

    private final NamedParameterJdbcTemplate jdbc;

    EditionLoader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Edition edition(long id) {
        List<Edition> found = jdbc.query("select * from competition_edition where id = :id", Map.of("id", id),
                (rs, i) -> new Edition(rs.getLong("id"), rs.getString("name"), rs.getInt("edition_year"),
                        Stage.valueOf(rs.getString("stage")), localDate(rs.getDate("opens_on")),
                        localDate(rs.getDate("closes_on")), localDate(rs.getDate("judging_deadline")),
                        rs.getInt("jurors_per_entry"), rs.getBoolean("blind"),
                        rs.getBoolean("exclude_same_country"), AggregationMethod.valueOf(rs.getString("aggregation")),
                        ShortlistRule.valueOf(rs.getString("shortlist_rule")), rs.getDouble("shortlist_value"),
                        Arrays.stream(rs.getString("tie_breaks").split(",")).map(TieBreak::valueOf).toList(),
                        rs.getInt("scale_min"), rs.getInt("scale_max"), rs.getLong("version"), List.of(), List.of(),
                        List.of(), Set.of()));
        if (found.isEmpty()) {
            throw new UserFacingException("competition.error.not-found");
        }
        Edition e = found.getFirst();
        var categories = jdbc.query("select id, name from competition_category where edition_id = :e order by position",
                Map.of("e", id), (rs, i) -> new Edition.Category(rs.getLong(1), rs.getString(2)));
        var criteria = jdbc.query("select id, name, weight from competition_criterion where edition_id = :e"
                + " order by position", Map.of("e", id),
                (rs, i) -> new Edition.Criterion(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
        var rules = jdbc.query("select text from competition_rule where edition_id = :e order by position",
                Map.of("e", id), (rs, i) -> rs.getString(1));
        var jurors = new HashSet<>(jdbc.queryForList("select user_id from competition_juror where edition_id = :e",
                Map.of("e", id), Long.class));
        return new Edition(e.id(), e.name(), e.year(), e.stage(), e.opensOn(), e.closesOn(), e.judgingDeadline(),
                e.jurorsPerEntry(), e.blind(), e.excludeSameCountry(), e.aggregation(), e.rule(), e.ruleValue(),
                e.tieBreaks(), e.scaleMin(), e.scaleMax(), e.version(), categories, criteria, rules, jurors);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
