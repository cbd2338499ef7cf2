package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.PutsTheClockBack;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.municipality.PartnershipDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A respondent without an account is told in the invitation why they got it and how to object; a set time (here 12
 * months, the default) after the round closed their name, address and links are gone, and their answers stay,
 * unattributed, so that the round's results still count them.
 */
@IntegrationTest
@Import(RoundFixture.class)
@ExtendWith(PutsTheClockBack.class)
class RespondentRetentionTest {

    private static final Pattern TOKEN = Pattern.compile("/respond/([A-Za-z0-9_-]{43})\\b");

    @Autowired
    RoundFixture fixture;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    RoundRespondents respondents;
    @Autowired
    RespondentLinks links;
    @Autowired
    RespondentRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final String address = "olav.retention." + System.nanoTime() + "@example.no";
    private long roundId;
    private long sogndal;

    @BeforeEach
    void openARound() {
        fixture.as("coordinator");
        long sogn = fixture.partnership("Sogn regionråd");
        PartnershipDetails details = fixture.register.details(sogn);
        sogndal = RoundFixture.municipality(details, "Sogndal");
        roundId = rounds.open(new RoundViews.NewRound(sogn, fixture.frameworkId("imc-partnership-climate"),
                "Retention " + System.nanoTime(), LocalDate.now(clock).plusDays(30), AnswerVisibility.COORDINATOR_ONLY,
                List.of()));
    }

    @AfterEach
    void signOut() {
        fixture.securityContext.clearContext();
    }

    @Test
    void theInvitationSaysWhyAndHowToObjectAndTheNameGoesTwelveMonthsAfterTheRoundClosed() {
        respondents.add(roundId, new NewRespondent("Olav Oppbevaring", address, sogndal, RespondentGroup.CITIZEN,
                Locale.ENGLISH));
        String mail = jdbc.queryForObject("select text_body from outbox_message where recipient = ?", String.class,
                address);
        assertThat(mail).contains("You receive this mail because a coordinator of Sogn regionråd entered your e-mail"
                + " address", "12 months after the round closes", "If you do not want to take part, or object",
                "/privacy");
        Matcher token = TOKEN.matcher(mail);
        assertThat(token.find()).isTrue();
        fixture.securityContext.clearContext();
        links.open(token.group(1));
        links.saveAnswer(token.group(1), "fair-burdens", new AnswerInput(4.0, null, "Minutes kept by Olav", null));
        long respondentId = jdbc.queryForObject("select id from round_respondent where email = ?", Long.class, address);
        jdbc.update("update assessment_round set status = 'CLOSED', closed_at = ? where id = ?",
                Timestamp.from(clock.instant()), roundId);

        clock.advance(Duration.ofDays(360));
        retention.anonymiseDue();
        assertThat(name(respondentId)).as("eleven and a half months after: still named").isEqualTo("Olav Oppbevaring");

        clock.advance(Duration.ofDays(10));
        assertThat(retention.anonymiseDue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForMap("select display_name, email, language, anonymised_at from round_respondent"
                + " where id = ?", respondentId)).containsEntry("DISPLAY_NAME", null).containsEntry("EMAIL", null)
                .containsEntry("LANGUAGE", null).extractingByKey("ANONYMISED_AT").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from respondent_link where respondent_id = ?", Integer.class,
                respondentId)).isZero();
        assertThat(jdbc.queryForObject("select answer_value from round_answer where respondent_id = ?"
                + " and criterion_key = 'fair-burdens'", Double.class, respondentId)).isEqualTo(4.0);
        assertThat(retention.anonymiseDue()).as("done once").isZero();
    }

    @Test
    void anOpenRoundsRespondentsAreKeptHoweverOld() {
        respondents.add(roundId, new NewRespondent("Siri Open", address, sogndal, RespondentGroup.CITIZEN,
                Locale.ENGLISH));
        clock.advance(Duration.ofDays(800));
        retention.anonymiseDue();
        assertThat(jdbc.queryForObject("select display_name from round_respondent where email = ?", String.class,
                address)).isEqualTo("Siri Open");
        assertThat(clock.instant().atOffset(ZoneOffset.UTC).getYear()).isGreaterThan(2000);
    }

    private String name(long respondentId) {
        return jdbc.queryForObject("select display_name from round_respondent where id = ?", String.class,
                respondentId);
    }
}
