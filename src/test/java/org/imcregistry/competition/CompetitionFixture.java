package org.imcregistry.competition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.practice.PracticeFixture;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds an edition ready for judging: entries from demo practices, jurors from chosen municipalities. */
@TestComponent
public class CompetitionFixture {

    private final JdbcTemplate jdbc;
    private final PracticeFixture people;
    private final Editions editions;
    private final Entries entries;
    private final Jury jury;

    CompetitionFixture(JdbcTemplate jdbc, PracticeFixture people, Editions editions, Entries entries, Jury jury) {
        this.jdbc = jdbc;
        this.people = people;
        this.editions = editions;
        this.entries = entries;
        this.jury = jury;
    }

    /** A juror account representing a municipality of a country (a made-up one when {@code country} is new). */
    public long juror(String username, String municipalityName) {
        Long municipality = municipalityName == null ? null : jdbc.queryForObject(
                "select min(id) from municipality where name = ?", Long.class, municipalityName);
        jdbc.update("insert into user_account (username, display_name, password_hash, enabled, failed_sign_ins,"
                + " created_at, version, municipality_id) values (?, ?, '{noop}x', true, 0, current_timestamp, 0, ?)",
                username, "Juror " + username, municipality);
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("insert into user_role (user_id, role) values (?, 'JUROR')", id);
        return id;
    }

    /**
     * A published record of Sogn regionråd full of what names its applicant: places, member municipalities, the
     * coordinator's name, an address, a web site and a telephone number, in the title and the sections.
     */
    public long identifyingSognRecord(String title) {
        var sections = new java.util.EnumMap<org.imcregistry.practice.PracticeSection, String>(
                org.imcregistry.practice.PracticeSection.class);
        sections.put(org.imcregistry.practice.PracticeSection.INTRODUCTION, "Sogn regionråd and the municipalities of"
                + " Sogndal, Luster and Lærdal run " + title + " together; ask Kari Nordmann at post@sogn.no"
                + " or +47 57 65 00 00, or see https://www.sogn.no/felles.");
        sections.put(org.imcregistry.practice.PracticeSection.IMPACT, "Since Lusters skule joined, waiting times in"
                + " Sogndalsfjøra fell by half.");
        var content = new org.imcregistry.practice.PracticeContent(title + " in Sogn", "Sogndal", "Vestland", "NO",
                null, org.imcregistry.practice.RecordLanguage.EN, 2020, null, partnership("Sogn regionråd"),
                "https://www.sogn.no", "Kari Nordmann, kari@sogn.no", "Ola Nordmann", null, null, null, sections,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        return people.published(content);
    }

    public long partnership(String name) {
        return jdbc.queryForObject("select id from partnership where name = ?", Long.class, name);
    }

    public long practice(String title) {
        return jdbc.queryForObject("select id from practice where title = ?", Long.class, title);
    }

    /** The title of the first published demo record in a language. */
    public String publishedIn(String language) {
        return jdbc.queryForObject("select title from practice where language = ? and status = 'PUBLISHED'"
                + " order by id fetch first 1 rows only", String.class, language);
    }

    /** An edition with the given entries (practice title → partnership name), all eligible, in the eligibility stage. */
    public long edition(String name, boolean blind, Set<Long> jurors, Map<String, String> entered) {
        return edition(name, blind, jurors, entered, null);
    }

    /** The same, with a judging deadline (or none). */
    public long edition(String name, boolean blind, Set<Long> jurors, Map<String, String> entered,
            java.time.LocalDate judgingDeadline) {
        people.as("manager");
        long id = editions.create(name, 2026);
        Edition edition = editions.get(id);
        editions.configure(id, edition.version(), new Editions.Settings(null, null, judgingDeadline, 2, blind, true,
                AggregationMethod.WEIGHTED_MEAN, ShortlistRule.TOP_N, 1, edition.tieBreaks(), edition.weights()));
        editions.advance(id, editions.get(id).version());
        long category = edition.categories().getFirst().id();
        entered.forEach((practice, partnership) -> entries.enter(id, practice(practice), partnership(partnership),
                category, "Entered by the test fixture"));
        editions.advance(id, editions.get(id).version());
        entries.of(id).forEach(e -> entries.markEligibility(e.id(), true, null));
        jury.setJurors(id, jurors);
        return id;
    }

    /** Every score a juror has saved, in order. */
    public List<Double> scoresOf(String username) {
        return jdbc.queryForList("select s.score from competition_score s join competition_assignment a"
                + " on a.id = s.assignment_id join user_account u on u.id = a.juror_id where u.username = ?"
                + " order by s.criterion_id", Double.class, username);
    }

    public List<EntryRow> entries(long editionId) {
        people.as("manager");
        return entries.of(editionId);
    }
}
