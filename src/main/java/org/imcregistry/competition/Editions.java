package org.imcregistry.competition;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
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

    static final List<String[]> DEFAULT_CRITERIA = List.of(new String[] {"Relevance", "20"},
            new String[] {"Innovation", "20"}, new String[] {"Stakeholder engagement", "15"},
            new String[] {"Impact and results", "20"}, new String[] {"Sustainability", "15"},
            new String[] {"Transferability", "10"});
    static final List<String> DEFAULT_RULES = List.of("Implemented at least 6 months ago",
            "Involves at least two local governments", "Results can be verified");
    static final List<String> DEFAULT_CATEGORIES = List.of("Small local governments", "Large local governments");

    private final NamedParameterJdbcTemplate jdbc;
    private final CompetitionAudit audit;
    private final Clock clock;
    private final BlindEntries blind;

    Editions(NamedParameterJdbcTemplate jdbc, CompetitionAudit audit, Clock clock, BlindEntries blind) {
        this.blind = blind;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long create(String name, int year) {
        List<Problem> problems = new ArrayList<>();
        String checked = Text.required(name, "name", 200, problems);
        if (year < 2000 || year > 2100) {
            problems.add(Problem.of("year", "competition.error.year"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into competition_edition (name, edition_year, stage, jurors_per_entry, blind,"
                + " exclude_same_country, aggregation, shortlist_rule, shortlist_value, tie_breaks, scale_min, scale_max,"
                + " created_at, version) values (:name, :year, 'DRAFT', 3, false, true, 'WEIGHTED_MEAN', 'TOP_N', 6,"
                + " 'HIGHER_MEDIAN,MORE_TOP_SCORES,EARLIER_SUBMISSION', 1, 10, :now, 0)", new MapSqlParameterSource()
                .addValue("name", checked).addValue("year", year).addValue("now", Timestamp.from(clock.instant())),
                key, new String[] {"id"});
        long id = key.getKey().longValue();
        for (int i = 0; i < DEFAULT_CATEGORIES.size(); i++) {
            jdbc.update("insert into competition_category (edition_id, name, position) values (:e, :n, :p)",
                    Map.of("e", id, "n", DEFAULT_CATEGORIES.get(i), "p", i));
        }
        for (int i = 0; i < DEFAULT_CRITERIA.size(); i++) {
            jdbc.update("insert into competition_criterion (edition_id, name, weight, position) values (:e, :n, :w, :p)",
                    Map.of("e", id, "n", DEFAULT_CRITERIA.get(i)[0], "w", Double.parseDouble(DEFAULT_CRITERIA.get(i)[1]),
                            "p", i));
        }
        for (int i = 0; i < DEFAULT_RULES.size(); i++) {
            jdbc.update("insert into competition_rule (edition_id, text, position) values (:e, :t, :p)",
                    Map.of("e", id, "t", DEFAULT_RULES.get(i), "p", i));
        }
        audit.log(id, "CREATED", checked + " " + year);
        return id;
    }

    /** The settings a manager may change in the draft stage. */
    public record Settings(java.time.LocalDate opensOn, java.time.LocalDate closesOn,
            java.time.LocalDate judgingDeadline, int jurorsPerEntry, boolean blind,
            boolean excludeSameCountry, AggregationMethod aggregation, ShortlistRule rule, double ruleValue,
            List<TieBreak> tieBreaks, Map<Long, Double> weights) {
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void configure(long id, long expectedVersion, Settings settings) {
        Edition edition = edition(id);
        if (edition.stage() != Stage.DRAFT) {
            throw new UserFacingException("competition.error.settings-locked");
        }
        if (edition.version() != expectedVersion) {
            throw new UserFacingException("competition.error.changed-meanwhile");
        }
        List<Problem> problems = new ArrayList<>();
        if (settings.jurorsPerEntry() < 1 || settings.jurorsPerEntry() > 15) {
            problems.add(Problem.of("jurorsPerEntry", "competition.error.jurors"));
        }
        double sum = settings.weights().values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 100) > 1e-6 || settings.weights().values().stream().anyMatch(w -> w <= 0)) {
            problems.add(Problem.of("weights", "competition.error.weights", sum));
        }
        if (settings.opensOn() != null && settings.closesOn() != null && settings.closesOn().isBefore(settings.opensOn())) {
            problems.add(Problem.of("closesOn", "competition.error.window"));
        }
        // Judging follows the entries: the deadline is not before they close (or, without a closing date, open).
        java.time.LocalDate earliest = settings.closesOn() != null ? settings.closesOn() : settings.opensOn();
        if (settings.judgingDeadline() != null && earliest != null && settings.judgingDeadline().isBefore(earliest)) {
            problems.add(Problem.of("judgingDeadline", "competition.error.judging-deadline"));
        }
        if (settings.ruleValue() <= 0 || settings.rule() == ShortlistRule.TOP_PERCENT && settings.ruleValue() > 100) {
            problems.add(Problem.of("ruleValue", "competition.error.rule-value"));
        }
        if (settings.tieBreaks().isEmpty() || new HashSet<>(settings.tieBreaks()).size() != settings.tieBreaks().size()) {
            problems.add(Problem.of("tieBreaks", "competition.error.tie-breaks"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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

    /**
     * Replaces the categories and the eligibility checklist of a draft edition; at least one category, names
     * unique, each line at most 200 (categories) or 500 (rules) characters.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void setCategoriesAndRules(long id, long expectedVersion, List<String> categories, List<String> rules) {
        Edition edition = edition(id);
        if (edition.stage() != Stage.DRAFT) {
            throw new UserFacingException("competition.error.settings-locked");
        }
        if (edition.version() != expectedVersion) {
            throw new UserFacingException("competition.error.changed-meanwhile");
        }
        List<String> names = categories.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        List<String> checklist = rules.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        List<Problem> problems = new ArrayList<>();
        if (names.isEmpty()) {
            problems.add(Problem.of("categories", "competition.error.no-category"));
        }
        if (new HashSet<>(names).size() != names.size()) {
            problems.add(Problem.of("categories", "competition.error.duplicate-category"));
        }
        if (names.stream().anyMatch(n -> n.length() > 200) || checklist.stream().anyMatch(r -> r.length() > 500)
                || checklist.size() > 30 || names.size() > 30) {
            problems.add(Problem.of("categories", "competition.error.list-too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.update("delete from competition_category where edition_id = :e", Map.of("e", id));
        for (int i = 0; i < names.size(); i++) {
            jdbc.update("insert into competition_category (edition_id, name, position) values (:e, :n, :p)",
                    Map.of("e", id, "n", names.get(i), "p", i));
        }
        jdbc.update("delete from competition_rule where edition_id = :e", Map.of("e", id));
        for (int i = 0; i < checklist.size(); i++) {
            jdbc.update("insert into competition_rule (edition_id, text, position) values (:e, :t, :p)",
                    Map.of("e", id, "t", checklist.get(i), "p", i));
        }
        jdbc.update("update competition_edition set version = version + 1 where id = :id", Map.of("id", id));
        audit.log(id, "SETTINGS", "categories " + names + "; rules " + checklist);
    }

    /**
     * Moves the edition to its next stage after checking that it may: criteria must weigh 100 % before it
     * opens; every entry needs an eligibility decision before judging, and every eligible entry its jurors;
     * every assignment must be submitted (or declared a conflict) before the shortlist.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Stage advance(long id, long expectedVersion) {
        if (edition(id).stage() == Stage.SHORTLISTED) {
            // Closing labels the records; Shortlists.close does that and then closes.
            throw new UserFacingException("competition.error.close-from-shortlist");
        }
        return moveOn(id, expectedVersion);
    }

    Stage moveOn(long id, long expectedVersion) {
        Edition edition = edition(id);
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
            case JUDGING -> {
                int undecided = count("select count(*) from competition_entry where edition_id = :e and eligible is null", id);
                if (undecided > 0) {
                    throw new UserFacingException("competition.error.undecided", undecided);
                }
                int short_ = count("select count(*) from competition_entry en where en.edition_id = :e and en.eligible"
                        + " and (select count(*) from competition_assignment a where a.entry_id = en.id"
                        + " and a.status <> 'CONFLICT') < " + edition.jurorsPerEntry(), id);
                if (short_ > 0) {
                    throw new UserFacingException("competition.error.unassigned", short_);
                }
            }
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

    /** Editions taking entries now, for coordinators who want to enter a practice. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Edition> openForEntries() {
        return jdbc.queryForList("select id from competition_edition where stage = 'OPEN' order by edition_year desc",
                Map.of(), Long.class).stream().map(this::edition).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'JUROR')")
    public List<Edition> all() {
        return jdbc.queryForList("select id from competition_edition order by edition_year desc, id desc", Map.of(),
                Long.class).stream().map(this::edition).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'JUROR')")
    public Edition get(long id) {
        return edition(id);
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
                        List.of(), java.util.Set.of()));
        if (found.isEmpty()) {
            throw new UserFacingException("competition.error.not-found");
        }
        Edition e = found.getFirst();
        var categories = jdbc.query("select id, name from competition_category where edition_id = :e order by position",
                Map.of("e", id), (rs, i) -> new Edition.Category(rs.getLong(1), rs.getString(2)));
        var criteria = jdbc.query("select id, name, weight from competition_criterion where edition_id = :e"
                + " order by position", Map.of("e", id),
                (rs, i) -> new Edition.Criterion(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
        var rules = jdbc.queryForList("select text from competition_rule where edition_id = :e order by position",
                Map.of("e", id), String.class);
        var jurors = new HashSet<>(jdbc.queryForList("select user_id from competition_juror where edition_id = :e",
                Map.of("e", id), Long.class));
        return new Edition(e.id(), e.name(), e.year(), e.stage(), e.opensOn(), e.closesOn(), e.judgingDeadline(),
                e.jurorsPerEntry(), e.blind(), e.excludeSameCountry(), e.aggregation(), e.rule(), e.ruleValue(),
                e.tieBreaks(), e.scaleMin(), e.scaleMax(), e.version(), categories, criteria, rules, jurors);
    }

    private int count(String sql, long editionId) {
        return jdbc.queryForObject(sql, Map.of("e", editionId), Integer.class);
    }

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
