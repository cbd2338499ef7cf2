package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.IntegrationTest;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.privacy.PersonalDataRights;
import org.imcregistry.security.Invitations;
import org.imcregistry.security.NewAccount;
import org.imcregistry.security.PasswordResets;
import org.imcregistry.security.Role;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main flows with every log event captured (the app's own loggers at DEBUG): a round's respondent invited by
 * address, answering through the link, an account invitation and a password reset, a record written, published and
 * mailed about, an erasure and the retention work. The log holds none of the names, addresses, tokens, answers or
 * record texts the flows used.
 */
@IntegrationTest
@Import({RoundFixture.class, PracticeFixture.class})
class PersonalDataLogScanTest {

    private static final Pattern TOKEN = Pattern.compile("/respond/([A-Za-z0-9_-]{43})\\b");

    @Autowired
    RoundFixture rounds;
    @Autowired
    PracticeFixture practices;
    @Autowired
    AssessmentRounds assessment;
    @Autowired
    RoundRespondents respondents;
    @Autowired
    RespondentLinks links;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets resets;
    @Autowired
    PersonalDataRights rights;
    @Autowired
    RespondentRetention retention;
    @Autowired
    JdbcTemplate jdbc;

    private final String unique = Long.toString(System.nanoTime(), 36);

    @Test
    void theMainFlowsLogNoPersonalData() {
        String respondentName = "Liv Loggfri" + unique;
        String respondentAddress = "liv.loggfri." + unique + "@example.no";
        String evidence = "Evidence only Liv knows " + unique;
        String accountName = "Lars Loggfri" + unique;
        String accountAddress = "lars.loggfri." + unique + "@example.no";
        String recordTitle = "Loggfri ferry " + unique;
        String recordText = "Record text never logged " + unique;
        String contact = "Kari Kontakt" + unique;
        List<String> personal = new java.util.ArrayList<>(List.of(respondentName, respondentAddress, evidence,
                accountName, accountAddress, "loggfri." + unique, recordTitle, recordText, contact));

        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        ch.qos.logback.classic.Logger app = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.imcregistry");
        Level level = app.getLevel();
        app.setLevel(Level.DEBUG);
        try {
            rounds.as("coordinator");
            long sogn = rounds.partnership("Sogn regionråd");
            PartnershipDetails details = rounds.register.details(sogn);
            long round = assessment.open(new RoundViews.NewRound(sogn, rounds.frameworkId("imc-partnership-climate"),
                    "Log scan " + unique, LocalDate.now().plusDays(30), AnswerVisibility.COORDINATOR_ONLY, List.of()));
            respondents.add(round, new NewRespondent(respondentName, respondentAddress,
                    RoundFixture.municipality(details, "Sogndal"), RespondentGroup.CITIZEN, Locale.ENGLISH));
            String mail = jdbc.queryForObject("select text_body from outbox_message where recipient = ?",
                    String.class, respondentAddress);
            Matcher token = TOKEN.matcher(mail);
            assertThat(token.find()).isTrue();
            personal.add(token.group(1));
            rounds.securityContext.clearContext();
            links.open(token.group(1));
            links.saveAnswer(token.group(1), "fair-burdens", new AnswerInput(4.0, Set.of(), evidence, null));

            rounds.as("admin");
            invitations.invite(new NewAccount("loggfri." + unique, accountName, accountAddress, Locale.ENGLISH,
                    Set.of(Role.MEMBER)), null, null);
            rounds.securityContext.clearContext();
            resets.request(accountAddress, Locale.ENGLISH);

            Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
            sections.put(PracticeSection.INTRODUCTION, recordText);
            practices.published(new PracticeContent(recordTitle, "Sogndal", null, "NO", null, RecordLanguage.EN,
                    2020, null, null, null, contact, accountName, null, null, null, sections, Set.of(), Set.of(),
                    Set.of()));

            rounds.as("admin");
            rights.export(respondentAddress);
            rights.erase(respondentAddress);
            retention.anonymiseDue();
        } finally {
            root.detachAppender(events);
            app.setLevel(level);
            rounds.securityContext.clearContext();
        }
        String logged = events.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null
                ? "" : " " + e.getThrowableProxy().getMessage())).reduce("", (a, b) -> a + "\n" + b);
        assertThat(logged).as("the flows were logged").contains("kept in Outgoing mail", "Personal data erased");
        for (String value : personal) {
            assertThat(logged.toLowerCase(Locale.ROOT)).as("the log holds " + value)
                    .doesNotContain(value.toLowerCase(Locale.ROOT));
        }
    }
}
