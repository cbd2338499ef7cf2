package org.imcregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.imcregistry.assessment.ActionPlan;
import org.imcregistry.assessment.AnswerVisibility;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.RoundConsensus;
import org.imcregistry.assessment.RoundFixture;
import org.imcregistry.assessment.RoundViews;
import org.imcregistry.competition.CompetitionFixture;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Judging;
import org.imcregistry.competition.Jury;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PersonRole;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Control characters never reach the database, whichever form the text comes through: hostile text goes through
 * every service that takes free text and that the other hostile-input tests do not reach, and then every text
 * column of every table is read back. A new column that stores text unclean fails here without anyone having to
 * remember to add it.
 */
@IntegrationTest
@Import({PracticeFixture.class, RoundFixture.class, CompetitionFixture.class})
class ControlCharactersSweepTest {

    /** What {@code Text.withoutControlCharacters} removes: C0 controls but tab and line feed, and DEL. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
    private static final String HOSTILE = HostileInputTest.CONTROL;
    /** Written only by the test fixtures and Flyway, never from what a person types. */
    private static final Set<String> NOT_FROM_PEOPLE = Set.of("flyway_schema_history");

    @Autowired
    PracticeFixture people;
    @Autowired
    RoundFixture roundFixture;
    @Autowired
    CompetitionFixture competitionFixture;
    @Autowired
    RoundConsensus consensus;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    ActionPlan actionPlan;
    @Autowired
    PartnershipRegister register;
    @Autowired
    Practices practices;
    @Autowired
    Adoptions adoptions;
    @Autowired
    Editions editions;
    @Autowired
    Jury jury;
    @Autowired
    Judging judging;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void noTextColumnOfAnyTableHoldsAControlCharacter() throws SQLException {
        assessmentTexts();
        registerAndModerationTexts();
        competitionTexts();

        List<String> dirty = new ArrayList<>();
        for (String[] column : textColumns()) {
            long rows = jdbc.queryForList("select " + column[1] + " from " + column[0] + " where " + column[1]
                    + " is not null", String.class).stream().filter(v -> CONTROL.matcher(v).find()).count();
            if (rows > 0) {
                dirty.add(column[0] + "." + column[1] + " (" + rows + " rows)");
            }
        }
        assertThat(dirty).as("text columns holding control characters").isEmpty();
    }

    private void assessmentTexts() {
        var round = roundFixture.open("imc-partnership-climate", AnswerVisibility.ALL_MEMBERS);
        consensus.decide(round.id(), "fair-burdens", 3, HOSTILE);
        actionPlan.add(round.id(), "fair-burdens", HOSTILE, HOSTILE, null);
        roundFixture.as(round.luster());
        rounds.saveAnswer(round.id(), "fair-burdens", new RoundViews.AnswerInput(3.0, null, HOSTILE, null));
    }

    private void registerAndModerationTexts() {
        roundFixture.as("coordinator");
        long sogn = roundFixture.partnership("Sogn regionråd");
        long luster = register.details(sogn).members().stream().filter(m -> m.municipality().name().equals("Luster"))
                .findFirst().orElseThrow().municipality().id();
        register.invite(sogn, new PartnershipRegister.Invitee(HOSTILE, "sweep." + System.nanoTime(),
                "sweep@example.org", luster, PersonRole.MEMBER, Locale.ENGLISH));
        people.as("member");
        long draft = practices.create(PracticeFixture.content("Sweep " + System.nanoTime(), RecordLanguage.EN,
                HOSTILE, Set.of(), Set.of(), "NO", 2020));
        practices.submit(draft);
        people.as("editor");
        practices.reject(draft, HOSTILE);
        long published = people.published(PracticeFixture.content("Sweep adopted " + System.nanoTime(),
                RecordLanguage.EN, "Adopt me.", Set.of(), Set.of(), "NO", 2020));
        people.as("coordinator");
        adoptions.adopt(published, sogn, HOSTILE);
    }

    private void competitionTexts() {
        long juror = competitionFixture.juror("sweep-juror-" + System.nanoTime() % 100_000, null);
        String jurorName = jdbc.queryForObject("select username from user_account where id = ?", String.class, juror);
        long record = competitionFixture.identifyingSognRecord("Sweep meals " + System.nanoTime());
        String title = jdbc.queryForObject("select title from practice where id = ?", String.class, record);
        long edition = competitionFixture.edition("Sweep edition", false, Set.of(juror,
                competitionFixture.juror(jurorName + "-2", null)), Map.of(title, "BIR AS"));
        people.as("manager");
        jury.assignAutomatically(edition);
        editions.advance(edition, editions.get(edition).version());
        people.as(jurorName);
        Judging.QueueItem item = judging.queue(edition).getFirst();
        judging.save(item.assignmentId(), editions.get(edition).criteria().getFirst().id(), 5, HOSTILE);
    }

    /** Every character column of every table of the application's schema, as {table, column}. */
    private List<String[]> textColumns() throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%",
                     "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                boolean text = type == Types.VARCHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                        || type == Types.NVARCHAR || type == Types.CHAR;
                if (text && !NOT_FROM_PEOPLE.contains(table)) {
                    columns.add(new String[] {table, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)});
                }
            }
        }
        assertThat(columns).as("the schema's text columns were found").hasSizeGreaterThan(50);
        return columns;
    }
}
