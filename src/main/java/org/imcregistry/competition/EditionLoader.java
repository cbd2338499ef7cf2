package org.imcregistry.competition;

import org.jspecify.annotations.Nullable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import org.imcregistry.common.SqlValues;
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
        String first = SqlValues.present(jdbc.queryForObject(
                "select first_language from competition_edition where id = :e", Map.of("e", id), String.class));
        var categories = jdbc.query("select id, name, name_en, name_nb, name_pl from competition_category"
                + " where edition_id = :e order by position", Map.of("e", id),
                (rs, i) -> new Edition.Category(rs.getLong(1), text(rs, "name", first)));
        var criteria = jdbc.query("select id, name, name_en, name_nb, name_pl, weight from competition_criterion"
                + " where edition_id = :e order by position", Map.of("e", id),
                (rs, i) -> new Edition.Criterion(rs.getLong(1), text(rs, "name", first), rs.getDouble(6)));
        var rules = jdbc.query("select id, text, text_en, text_nb, text_pl from competition_rule where edition_id = :e"
                + " order by position", Map.of("e", id), (rs, i) -> text(rs, "text", first));
        var jurors = new HashSet<>(jdbc.queryForList("select user_id from competition_juror where edition_id = :e",
                Map.of("e", id), Long.class));
        return new Edition(e.id(), e.name(), e.year(), e.stage(), e.opensOn(), e.closesOn(), e.judgingDeadline(),
                e.jurorsPerEntry(), e.blind(), e.excludeSameCountry(), e.aggregation(), e.rule(), e.ruleValue(),
                e.tieBreaks(), e.scaleMin(), e.scaleMax(), e.version(), categories, criteria, rules, jurors);
    }

    /**
     * The columns {@code column} (the text in the first language, never null) and {@code column_en}, {@code _nb},
     * {@code _pl}. A row from before the languages has only the first; it stands for the first language then.
     */
    static EditionText text(ResultSet rs, String column, String first) throws SQLException {
        Map<String, String> texts = new HashMap<>();
        for (String language : EditionText.LANGUAGES) {
            String text = rs.getString(column + "_" + language);
            if (text != null) {
                texts.put(language, text);
            }
        }
        texts.put(first, rs.getString(column));
        return new EditionText(texts, first);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
