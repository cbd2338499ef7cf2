package org.imcregistry.competition;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competition managers set up editions and move them through their stages. A new edition starts with the
 * European Public Sector Award's six criteria, three eligibility rules and sensible defaults; settings change
 * only in the draft stage, so nobody is judged by rules changed under them.
 */
@Service
public class Editions {

    private final NamedParameterJdbcTemplate jdbc;
    private final CompetitionAudit audit;
    private final Clock clock;
    private final EditionLoader loader;
    private final StageChanges stages;
    private final EditionTexts texts;

    Editions(NamedParameterJdbcTemplate jdbc, CompetitionAudit audit, Clock clock, EditionLoader loader,
            StageChanges stages, EditionTexts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.loader = loader;
        this.stages = stages;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long create(String name, int year) {
        return create(name, year, Locale.ENGLISH);
    }

    /** A new edition whose defaults read in every language and whose first language is the manager's. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long create(String name, int year, Locale firstLanguage) {
        List<Problem> problems = new ArrayList<>();
        String checked = Text.required(name, "name", 200, problems);
        if (year < 2000 || year > 2100) {
            problems.add(Problem.of("year", "competition.error.year"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String first = EditionText.language(firstLanguage);
        jdbc.update("insert into competition_edition (name, edition_year, stage, jurors_per_entry, blind,"
                + " exclude_same_country, aggregation, shortlist_rule, shortlist_value, tie_breaks, scale_min, scale_max,"
                + " created_at, version, first_language) values (:name, :year, 'DRAFT', 3, false, true, 'WEIGHTED_MEAN',"
                + " 'TOP_N', 6, 'HIGHER_MEDIAN,MORE_TOP_SCORES,EARLIER_SUBMISSION', 1, 10, :now, 0, :first)",
                new MapSqlParameterSource().addValue("name", checked).addValue("year", year)
                        .addValue("now", Timestamp.from(clock.instant())).addValue("first", first),
                key, new String[] {"id"});
        long id = Objects.requireNonNull(key.getKey(), "the insert returns the generated id").longValue();
        texts.insertDefaults(id, first);
        audit.log(id, "CREATED", checked + " " + year);
        return id;
    }

    /** The settings a manager may change in the draft stage. */
    public record Settings(@Nullable LocalDate opensOn, @Nullable LocalDate closesOn,
            @Nullable LocalDate judgingDeadline, int jurorsPerEntry,
            boolean blind, boolean excludeSameCountry, AggregationMethod aggregation, ShortlistRule rule, double ruleValue,
            List<TieBreak> tieBreaks, Map<Long, Double> weights) {
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void configure(long id, long expectedVersion, Settings settings) {
        requireDraft(id, expectedVersion);
        SettingsCheck.settings(settings);
        jdbc.update("update competition_edition set opens_on = :opens, closes_on = :closes,"
                + " judging_deadline = :deadline, jurors_per_entry = :jurors,"
                + " blind = :blind, exclude_same_country = :country, aggregation = :aggregation, shortlist_rule = :rule,"
                + " shortlist_value = :value, tie_breaks = :ties, version = version + 1 where id = :id",
                new MapSqlParameterSource().addValue("opens", settings.opensOn() == null ? null : Date.valueOf(settings.opensOn()))
                        .addValue("closes", settings.closesOn() == null ? null : Date.valueOf(settings.closesOn()))
                        .addValue("deadline", settings.judgingDeadline() == null ? null
                                : Date.valueOf(settings.judgingDeadline()))
                        .addValue("jurors", settings.jurorsPerEntry()).addValue("blind", settings.blind())
                        .addValue("country", settings.excludeSameCountry())
                        .addValue("aggregation", settings.aggregation().name()).addValue("rule", settings.rule().name())
                        .addValue("value", settings.ruleValue())
                        .addValue("ties", String.join(",", settings.tieBreaks().stream().map(Enum::name).toList()))
                        .addValue("id", id));
        settings.weights().forEach((criterion, weight) -> jdbc.update(
                "update competition_criterion set weight = :w where id = :c and edition_id = :e",
                Map.of("w", weight, "c", criterion, "e", id)));
        audit.log(id, "SETTINGS", settings.toString());
    }

    /** An edition's texts as the manager typed them: criterion id → its names, the categories and the rules. */
    public record Texts(Map<Long, EditionText> criteria, List<EditionText> categories, List<EditionText> rules) {
    }

    /**
     * Replaces the categories and the eligibility checklist in the edition's first language only, leaving no
     * translation; the criteria keep their names.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void setCategoriesAndRules(long id, long expectedVersion, List<String> categories, List<String> rules) {
        String first = firstLanguage(id);
        setTexts(id, expectedVersion, new Texts(Map.of(),
                EditionTextLines.parse("categories", first, Map.of(first, EditionTextLines.withoutBlankLines(categories)), 200),
                EditionTextLines.parse("rules", first, Map.of(first, EditionTextLines.withoutBlankLines(rules)), 500)));
    }

    /**
     * Replaces the categories and the eligibility checklist of a draft edition and renames its criteria, in each
     * language; at least one category, names unique, each line at most 200 (categories) or 500 (rules) characters.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void setTexts(long id, long expectedVersion, Texts changed) {
        requireDraft(id, expectedVersion);
        texts.replace(id, edition(id), changed);
        jdbc.update("update competition_edition set version = version + 1 where id = :id", Map.of("id", id));
        audit.log(id, "SETTINGS", "categories " + changed.categories().stream().map(EditionText::firstText).toList()
                + "; rules " + changed.rules().stream().map(EditionText::firstText).toList());
    }

    /** The language ("en", "nb", "pl") the edition was set up in: what readers of a missing translation see. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public String firstLanguage(long id) {
        // an unknown edition reads English here and is refused as not found by whatever asked next
        return jdbc.queryForList("select first_language from competition_edition where id = :id", Map.of("id", id),
                String.class).stream().findFirst().orElse("en");
    }

    /** Moves the edition to its next stage after checking that it may (see {@link StageChanges}). */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Stage advance(long id, long expectedVersion) {
        if (edition(id).stage() == Stage.SHORTLISTED) {
            // Closing labels the records; Shortlists.close does that and then closes.
            throw new UserFacingException("competition.error.close-from-shortlist");
        }
        return stages.moveOn(id, expectedVersion);
    }

    /** Editions taking entries now, for coordinators who want to enter a practice. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Edition> openForEntries() {
        return jdbc.query("select id from competition_edition where stage = 'OPEN' order by edition_year desc",
                Map.of(), (rs, i) -> rs.getLong(1)).stream().map(this::edition).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'JUROR')")
    public List<Edition> all() {
        return jdbc.query("select id from competition_edition order by edition_year desc, id desc", Map.of(),
                (rs, i) -> rs.getLong(1)).stream().map(this::edition).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'JUROR')")
    public Edition get(long id) {
        return edition(id);
    }

    Edition edition(long id) {
        return loader.edition(id);
    }

    /** Settings change only in the draft stage, and only as the manager last read them. */
    private void requireDraft(long id, long expectedVersion) {
        Edition edition = edition(id);
        if (edition.stage() != Stage.DRAFT) {
            throw new UserFacingException("competition.error.settings-locked");
        }
        if (edition.version() != expectedVersion) {
            throw new UserFacingException("competition.error.changed-meanwhile");
        }
    }
}
