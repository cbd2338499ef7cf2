package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcregistry.MutableClock;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.mail.MailIntegrationTest;
import org.imcregistry.mail.ReceivedMail;
import org.imcregistry.municipality.PartnershipDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People without accounts answer a round through personal links sent by mail: invited in their language,
 * answering with no sign-in, coming back to their answers, reminded only while they have not submitted.
 */
@MailIntegrationTest
@Import(RoundFixture.class)
class RespondentsByLinkTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(MailIntegrationTest.SMTP).withPerMethodLifecycle(false);
    private static final Pattern LINK = Pattern.compile("https://imc\\.example\\.org/respond/([A-Za-z0-9_-]{43})\\b");

    @Autowired
    RoundFixture fixture;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    RoundRespondents respondents;
    @Autowired
    RespondentLinks links;
    @Autowired
    RoundReminders automatic;
    @Autowired
    AssessmentRoundRepository roundRepository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    org.imcregistry.security.MyAccount myAccount;

    private long roundId;
    private final String unique = String.valueOf(System.nanoTime());
    private long sogndal;
    private long luster;

    @BeforeEach
    void openARoundWithoutAccountHolders() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        fixture.as("coordinator");
        long sogn = fixture.partnership("Sogn regionråd");
        PartnershipDetails details = fixture.register.details(sogn);
        sogndal = RoundFixture.municipality(details, "Sogndal");
        luster = RoundFixture.municipality(details, "Luster");
        roundId = rounds.open(new RoundViews.NewRound(sogn, fixture.frameworkId("imc-partnership-climate"),
                "Climate " + System.nanoTime(), LocalDate.now(clock).plusDays(30), AnswerVisibility.COORDINATOR_ONLY,
                List.of()));
    }

    /** An address of this test alone: a slow message of an earlier test can never be taken for one of this. */
    private String at(String local, String domain) {
        return local + "." + unique + "@" + domain;
    }

    @AfterEach
    void signOut() {
        fixture.securityContext.clearContext();
    }

    @Test
    void aPersonWithoutAnAccountAnswersThroughTheLinkComesBackToTheAnswersAndSubmits() throws Exception {
        respondents.add(roundId, new NewRespondent("Kari Nordmann", at("kari", "example.no"), sogndal,
                RespondentGroup.CITIZEN, Locale.forLanguageTag("nb")));
        MimeMessage invitation = onlyMailTo(at("kari", "example.no"));
        assertThat(invitation.getSubject()).startsWith("IMC-registeret · Sogn regionråd: Vi ber om svarene dine");
        String text = text(invitation);
        assertThat(text).contains("Hei Kari Nordmann,", "som Innbygger fra Sogndal", "Åpne svarskjemaet ditt:");
        String token = token(text);
        assertThat(statusOf("Kari Nordmann").stage()).isEqualTo(RespondentStatus.Stage.INVITED);

        fixture.securityContext.clearContext(); // nobody signed in
        links.open(token);
        links.saveAnswer(token, "fair-burdens", new AnswerInput(4.0, null, "Minutes of May", null));
        links.saveAnswer(token, "information-sharing", new AnswerInput(3.0, null, null, null));
        var again = links.open(token); // the browser was closed; the same link opens the answers as they were left
        assertThat(again.sheet().answers().get("fair-burdens").value()).isEqualTo(4.0);
        assertThat(again.sheet().answers().get("fair-burdens").evidence()).isEqualTo("Minutes of May");
        assertThat(again.respondentName()).isEqualTo("Kari Nordmann");
        assertThat(again.partnershipName()).isEqualTo("Sogn regionråd");

        fixture.as("coordinator");
        RespondentStatus answering = statusOf("Kari Nordmann");
        assertThat(answering.stage()).isEqualTo(RespondentStatus.Stage.ANSWERING);
        assertThat(answering.answered()).isEqualTo(2);
        assertThat(answering.criteria()).isEqualTo(5);
        assertThat(answering.openedAt()).isNotNull();

        fixture.securityContext.clearContext();
        assertThatThrownBy(() -> links.submit(token)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("round.error.unanswered"));
        for (String key : List.of("decisions-respected", "worth-the-effort", "goal-attainment")) {
            links.saveAnswer(token, key, new AnswerInput(3.0, null, null, null));
        }
        links.submit(token);
        assertThat(links.open(token).sheet().submitted()).isTrue();
        assertRefused(() -> links.saveAnswer(token, "fair-burdens", new AnswerInput(1.0, null, null, null)),
                "round.error.submitted");
        fixture.as("coordinator");
        assertThat(statusOf("Kari Nordmann").stage()).isEqualTo(RespondentStatus.Stage.SUBMITTED);
    }

    @ParameterizedTest
    @CsvSource({
        "en, Your answers are asked for, Open your answer form, Reminder: , are still missing, Everyone has answered",
        "nb, Vi ber om svarene dine, Åpne svarskjemaet ditt, Påminnelse: , mangler fortsatt, Alle har svart",
        "pl, Prosimy o Twoje odpowiedzi, Otwórz swój formularz odpowiedzi, Przypomnienie: , Wciąż brakuje,"
                + " Wszyscy odpowiedzieli"})
    void everyMailOfARoundIsInItsRecipientsLanguage(String language, String invitation, String link, String reminder,
            String missing, String complete) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        fixture.as("coordinator");
        myAccount.rememberLocale(locale); // the coordinator's own language, for the "everyone has answered" mail
        respondents.add(roundId, new NewRespondent("Eva", at("eva", "example.org"), sogndal, RespondentGroup.STAFF,
                locale));
        MimeMessage invited = onlyMailTo(at("eva", "example.org"));
        assertThat(invited.getSubject()).contains(invitation);
        assertThat(text(invited)).contains(link + ":");
        smtp.purgeEmailFromAllMailboxes();
        respondents.remindAll(roundId);
        MimeMessage reminded = onlyMailTo(at("eva", "example.org"));
        assertThat(reminded.getSubject()).contains(reminder);
        assertThat(text(reminded)).contains(missing);

        answerAllAndSubmit(token(text(reminded)));
        MimeMessage done = onlyMailTo("coordinator@demo.imc-registry.org");
        assertThat(done.getSubject()).contains(complete, "Sogn regionråd");
        assertThat(text(done)).contains("/assessments/" + roundId + "/consensus");
        assertThat(done.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://imc.example.org/account>");
        myAccount.rememberLocale(Locale.ENGLISH);
    }

    @Test
    void aReminderGoesOnlyToThoseWhoHaveNotSubmittedAndAtMostOnceADay() throws Exception {
        respondents.add(roundId, new NewRespondent("Anna Kowalska", at("anna", "example.pl"), luster,
                RespondentGroup.STAFF, Locale.forLanguageTag("pl")));
        respondents.add(roundId, new NewRespondent("Ola Hansen", at("ola", "example.no"), sogndal,
                RespondentGroup.OFFICIAL, Locale.ENGLISH));
        String ola = token(text(onlyMailTo(at("ola", "example.no"))));
        answerAllAndSubmit(ola);
        fixture.as("coordinator");
        smtp.purgeEmailFromAllMailboxes();

        assertThat(respondents.remindAll(roundId)).isEqualTo(1);
        MimeMessage reminder = onlyMailTo(at("anna", "example.pl"));
        assertThat(reminder.getSubject()).isEqualTo("Rejestr IMC · Sogn regionråd: Przypomnienie: "
                + rounds.summary(roundId).title());
        assertThat(reminder.getHeader("List-Unsubscribe")[0]).matches("<https://imc\\.example\\.org/respond/"
                + "[A-Za-z0-9_-]{43}/no-reminders>");
        assertThat(text(reminder)).contains("Wciąż brakuje Twoich odpowiedzi");
        assertThat(links.open(token(text(reminder))).respondentName()).as("the reminder's link works")
                .isEqualTo("Anna Kowalska");
        assertThat(statusOf("Anna Kowalska").lastReminderAt()).isEqualTo(clock.instant());

        fixture.as("coordinator");
        assertThat(respondents.remindAll(roundId)).as("not twice on one day").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(respondents.remindAll(roundId)).isEqualTo(1);
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).as("who submitted is never reminded")
                .noneMatch(m -> ReceivedMail.recipient(m).equals(at("ola", "example.no")));
    }

    @Test
    void automaticRemindersGoOnTheRoundsReminderDaysOnly() throws Exception {
        respondents.add(roundId, new NewRespondent("Per Berg", at("per", "example.no"), sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH));
        fixture.securityContext.clearContext(); // scheduled work runs with nobody signed in
        clock.advance(Duration.ofDays(23)); // the deadline is 30 days after opening: 7 days left
        assertThat(remindersToPerNow(1)).as("7 days before").isEqualTo(1);
        assertThat(remindersToPerNow(0)).as("the same day again").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(remindersToPerNow(0)).as("6 days before: not a reminder day").isZero();
        clock.advance(Duration.ofDays(4));
        assertThat(remindersToPerNow(1)).as("2 days before").isEqualTo(1);
        fixture.as("coordinator");
        respondents.setReminderDays(roundId, List.of());
        fixture.securityContext.clearContext();
        clock.advance(Duration.ofDays(1));
        assertThat(remindersToPerNow(0)).as("none set").isZero();
        fixture.as("coordinator");
        assertRefused(() -> respondents.setReminderDays(roundId, List.of(0)), "respondents.error.reminder-days");
    }

    @Test
    void withdrawnLinksStopWorkingAndANewLinkWorks() throws Exception {
        long id = respondents.add(roundId, new NewRespondent("Kari Nordmann", at("kari", "example.no"), sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH));
        String first = token(text(onlyMailTo(at("kari", "example.no"))));
        respondents.withdrawLinks(roundId, id);
        fixture.securityContext.clearContext();
        assertRefused(() -> links.open(first), "respond.error.link");
        assertRefused(() -> links.saveAnswer(first, "fair-burdens", new AnswerInput(1.0, null, null, null)),
                "respond.error.link");

        fixture.as("coordinator");
        assertThat(statusOf("Kari Nordmann").stage()).isEqualTo(RespondentStatus.Stage.WITHDRAWN);
        smtp.purgeEmailFromAllMailboxes();
        respondents.sendLinkAgain(roundId, id);
        String second = token(text(onlyMailTo(at("kari", "example.no"))));
        fixture.securityContext.clearContext();
        assertThat(links.open(second).respondentName()).isEqualTo("Kari Nordmann");
        assertRefused(() -> links.open(first), "respond.error.link");
        assertRefused(() -> links.open("not-a-token"), "respond.error.link");
        assertRefused(() -> links.open(second.substring(1) + "A"), "respond.error.link");
    }

    @Test
    void aLinkWorksUntilTheRoundCloses() throws Exception {
        respondents.add(roundId, new NewRespondent("Kari Nordmann", at("kari", "example.no"), sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH));
        String token = token(text(onlyMailTo(at("kari", "example.no"))));
        transactions.executeWithoutResult(s -> roundRepository.findById(roundId).orElseThrow().close(clock.instant()));
        fixture.securityContext.clearContext();
        assertRefused(() -> links.open(token), "respond.error.closed");
    }

    @Test
    void badAddressesDuplicatesAndStrangersAreRefusedAndChangeNothing() {
        respondents.add(roundId, new NewRespondent("Kari Nordmann", at("kari", "example.no"), sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH));
        String shouted = at("kari", "example.no").toUpperCase(Locale.ROOT);
        assertRefused(() -> respondents.add(roundId, new NewRespondent("Kari", shouted, sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH)), "respondents.error.already-asked");
        assertRefused(() -> respondents.add(roundId, new NewRespondent("Kari", "kari@", sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH)), "mail.error.address");
        assertRefused(() -> respondents.add(roundId, new NewRespondent(" ", "k2@example.no", sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH)), "respondents.error.name");
        assertRefused(() -> respondents.add(roundId, new NewRespondent("K", "k3@example.no", 999_999L,
                RespondentGroup.CITIZEN, Locale.ENGLISH)), "respondents.error.municipality");
        assertThat(respondents.statuses(roundId)).hasSize(1);

        fixture.as(fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY).luster());
        assertThatThrownBy(() -> respondents.statuses(roundId)).as("a member, not the coordinator")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> respondents.add(roundId, new NewRespondent("X", "x@example.org", sogndal,
                RespondentGroup.CITIZEN, Locale.ENGLISH))).isInstanceOf(AccessDeniedException.class);
        fixture.as("juror");
        assertThatThrownBy(() -> respondents.remindAll(roundId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPastedListIsReportedRowByRowAndOnlyReadyRowsAreAdded() {
        String pasted = """
                name;email;municipality;group;language
                Kari Nordmann;kari@example.no;Sogndal;Innbygger;nb
                Anna Kowalska;anna@example;Luster;staff;pl
                Kari Again;KARI@example.no;Luster;;
                Ola;ola@example.no;Oslo;citizen;en
                Lars <lars@example.no>
                Per;per@example.no;Luster;knight;en
                """;
        RespondentImportReport report = respondents.preview(roundId, null, null, pasted, luster,
                RespondentGroup.OTHER, Locale.ENGLISH);
        Map<Integer, List<String>> problems = new java.util.HashMap<>();
        report.rows().forEach(r -> problems.put(r.line(), r.problems().stream().map(p -> p.messageKey()).toList()));
        assertThat(problems.get(2)).isEmpty();
        assertThat(problems.get(3)).containsExactly("mail.error.address");
        assertThat(problems.get(4)).containsExactly("respondents.error.duplicate-line");
        assertThat(problems.get(5)).containsExactly("respondents.error.municipality-unknown");
        assertThat(problems.get(6)).as("name and address, defaults for the rest").isEmpty();
        assertThat(problems.get(7)).containsExactly("respondents.error.group");
        assertThat(report.ready()).extracting(NewRespondent::email).containsExactly("kari@example.no",
                "lars@example.no");
        assertThat(report.ready().get(1).municipalityId()).isEqualTo(luster);
        assertThat(respondents.statuses(roundId)).as("a preview writes nothing").isEmpty();

        assertThat(respondents.addAll(roundId, report.ready())).isEqualTo(2);
        assertThat(respondents.statuses(roundId)).extracting(RespondentStatus::name)
                .containsExactly("Kari Nordmann", "Lars");
        assertThat(respondents.statuses(roundId).getFirst().group()).isEqualTo(RespondentGroup.CITIZEN);

        String tooMany = "x@example.org\n".repeat(1001).lines().map(l -> "P;" + l).reduce("", (a, b) -> a + b + "\n");
        assertRefused(() -> respondents.preview(roundId, null, null, tooMany, luster, RespondentGroup.OTHER,
                Locale.ENGLISH), "respondents.error.too-many");
    }

    /** Runs today's automatic reminders; how many reached Per (waited for when one is expected). */
    private long remindersToPerNow(int expected) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        automatic.remindDueRounds();
        java.util.function.LongSupplier count = () -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> ReceivedMail.recipient(m).equals(at("per", "example.no")))
                .filter(m -> ReceivedMail.subject(m).contains("Reminder: ")).count();
        if (expected > 0) {
            org.awaitility.Awaitility.await().until(() -> count.getAsLong() >= expected);
        } else {
            Thread.sleep(500); // delivery runs after commit, on its own thread: give a wrong one time to arrive
        }
        return count.getAsLong();
    }

    private void answerAllAndSubmit(String token) {
        var previous = fixture.securityContext.getContext();
        fixture.securityContext.clearContext();
        for (String key : List.of("information-sharing", "fair-burdens", "decisions-respected", "worth-the-effort",
                "goal-attainment")) {
            links.saveAnswer(token, key, new AnswerInput(4.0, null, null, null));
        }
        links.submit(token);
        fixture.securityContext.setContext(previous);
    }

    private RespondentStatus statusOf(String name) {
        return respondents.statuses(roundId).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        org.awaitility.Awaitility.await().until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> ReceivedMail.recipient(m).equals(address)));
        var mails = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> ReceivedMail.recipient(m).equals(address)).toList();
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }



    static String text(MimeMessage message) throws Exception {
        return ReceivedMail.text(message);
    }

    static String token(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a personal link in: " + text).isTrue();
        return m.group(1);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
