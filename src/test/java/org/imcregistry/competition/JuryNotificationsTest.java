package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.MutableClock;
import org.imcregistry.mail.MailIntegrationTest;
import org.imcregistry.mail.ReceivedMail;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.security.MyAccount;
import org.imcregistry.security.NotificationPreferences;
import org.imcregistry.security.SubmissionAlerts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jurors hear of entries assigned to them (one mail per assignment action) and of a judging deadline drawing near
 * (once, and only with work left), in their own language, and never read in a mail what blind judging hides.
 */
@MailIntegrationTest
@Import({PracticeFixture.class, CompetitionFixture.class})
class JuryNotificationsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(MailIntegrationTest.SMTP);

    /** What names the applicant or the practice of the entries used here. */
    static final String[] HIDDEN = {"Fjordside", "Sogn", "Luster", "Nordmann", "Krak", "sogn.no", "practices/", "E-0"};

    @Autowired
    CompetitionFixture fixture;
    @Autowired
    PracticeFixture people;
    @Autowired
    Jury jury;
    @Autowired
    Editions editions;
    @Autowired
    Judging judging;
    @Autowired
    JudgingDeadlineReminders reminders;
    @Autowired
    MyAccount myAccount;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyOutbox() {
        jdbc.update("delete from outbox_message");
    }

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void anAutomaticAssignmentSendsEachJurorOneMailThatNamesNoApplicantAndNoTitle() throws Exception {
        long english = juror("jn-blind-en", "en");
        long norwegian = juror("jn-blind-nb", "nb");
        fixture.identifyingSognRecord("Fjordside lunches");
        LocalDate deadline = today().plusDays(30);
        long edition = fixture.edition("Blind mail edition", true, Set.of(english, norwegian),
                Map.of("Fjordside lunches in Sogn", "Sogn regionråd", polishTitle(), "Stowarzyszenie Metropolia Krakowska"),
                deadline);
        jury.assignAutomatically(edition);

        assertThat(rows("ENTRIES_ASSIGNED", "jn-blind-en@example.org")).as("one mail for two entries").isEqualTo(1);
        assertThat(rows("ENTRIES_ASSIGNED", "jn-blind-nb@example.org")).isEqualTo(1);
        MimeMessage en = mailTo("jn-blind-en@example.org");
        assertThat(en.getSubject()).isEqualTo("IMC Registry: Entries to judge in Blind mail edition 2026");
        assertThat(ReceivedMail.text(en)).contains("Hello Juror jn-blind-en,", "Entries assigned to you now: 2.",
                "Scores are due by " + deadline + ".", "Open your judging page:\n" + judgingPage(edition) + "\n");
        MimeMessage nb = mailTo("jn-blind-nb@example.org");
        assertThat(nb.getSubject()).isEqualTo("IMC-registeret: Bidrag å vurdere i Blind mail edition 2026");
        assertThat(ReceivedMail.text(nb)).contains("Hei Juror jn-blind-nb,", "Bidrag tildelt deg nå: 2.",
                "Vurderingene skal være sendt inn innen " + deadline + ".", "Åpne vurderingssiden din:\n"
                        + judgingPage(edition) + "\n");
        for (MimeMessage mail : List.of(en, nb)) {
            assertThat(mail.getSubject() + ReceivedMail.text(mail) + ReceivedMail.html(mail)).doesNotContain(HIDDEN)
                    .doesNotContain(polishTitle());
            assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://imc.example.org/account>");
        }
    }

    @Test
    void anEntryAssignedByHandIsOneMailInTheJurorsLanguageAndAJurorWhoSwitchedOffHearsNothing() throws Exception {
        long polish = juror("jn-hand-pl", "pl");
        long off = juror("jn-hand-off", "en");
        people.as("jn-hand-off");
        myAccount.saveNotificationPreferences(new NotificationPreferences(true, SubmissionAlerts.IMMEDIATELY, false,
                true));
        long edition = fixture.edition("Hand edition", false, Set.of(polish, off), Map.of("Sogn for all",
                "Sogn regionråd"));
        long entry = fixture.entries(edition).getFirst().id();
        jury.assign(entry, polish);
        jury.assign(entry, off);

        MimeMessage pl = mailTo("jn-hand-pl@example.org");
        assertThat(pl.getSubject()).isEqualTo("Rejestr IMC: Zgłoszenia do oceny w konkursie Hand edition 2026");
        assertThat(ReceivedMail.text(pl)).contains("Dzień dobry, Juror jn-hand-pl,",
                "Liczba zgłoszeń przydzielonych teraz: 1.", "Otwórz swoją stronę oceniania:\n" + judgingPage(edition))
                .as("no deadline set, none named").doesNotContain("Oceny należy przesłać")
                .as("not even an open edition's titles go into mail").doesNotContain("Sogn for all");
        assertThat(rows("ENTRIES_ASSIGNED", "jn-hand-off@example.org")).isZero();
        Thread.sleep(1000);
        assertThat(ReceivedMail.to(smtp.getReceivedMessages(), "jn-hand-off@example.org")).isEmpty();
    }

    @Test
    void theDeadlineReminderGoesOnceToJurorsWithUnscoredEntriesInTheirLanguage() throws Exception {
        long en = juror("jn-due-en", "en");
        long nb = juror("jn-due-nb", "nb");
        long pl = juror("jn-due-pl", "pl");
        long done = juror("jn-due-done", "en");
        LocalDate deadline = today().plusDays(3);
        fixture.identifyingSognRecord("Fjordside ferries");
        long edition = fixture.edition("Deadline edition", true, Set.of(en, nb, pl, done),
                Map.of("Fjordside ferries in Sogn", "Sogn regionråd", polishTitle(), "Stowarzyszenie Metropolia Krakowska"),
                deadline);
        jury.assignAutomatically(edition);
        editions.advance(edition, editions.get(edition).version());
        scoreEverything("jn-due-done", edition);

        sendReminders();
        assertThat(rows("JUDGING_DEADLINE", null)).as("three days before: too early").isZero();

        clock.advance(Duration.ofDays(1));
        sendReminders();
        assertThat(rows("JUDGING_DEADLINE", null)).isEqualTo(3);
        assertThat(rows("JUDGING_DEADLINE", "jn-due-done@example.org")).as("nothing left to score").isZero();
        Map<String, String[]> words = Map.of(
                "jn-due-en@example.org", new String[] {"IMC Registry: Reminder: judging in Deadline edition 2026 closes on "
                        + deadline, "Entries you have not yet submitted your scores for: 1.", "Open your judging page:"},
                "jn-due-nb@example.org", new String[] {"IMC-registeret: Påminnelse: juryvurderingen i Deadline edition 2026"
                        + " avsluttes " + deadline, "Bidrag du ennå ikke har sendt inn vurderingen av: 1.",
                        "Åpne vurderingssiden din:"},
                "jn-due-pl@example.org", new String[] {"Rejestr IMC: Przypomnienie: ocena jury w konkursie Deadline edition"
                        + " 2026 kończy się " + deadline, "Zgłoszenia, których oceny jeszcze nie przesłano: 1.",
                        "Otwórz swoją stronę oceniania:"});
        for (var expected : words.entrySet()) {
            MimeMessage mail = mailTo(expected.getKey(), "JUDGING_DEADLINE");
            assertThat(mail.getSubject()).isEqualTo(expected.getValue()[0]);
            assertThat(ReceivedMail.text(mail)).contains(expected.getValue()[1], expected.getValue()[2],
                    judgingPage(edition).toString()).doesNotContain(HIDDEN).doesNotContain(polishTitle());
        }

        sendReminders();
        clock.advance(Duration.ofDays(1));
        sendReminders();
        assertThat(rows("JUDGING_DEADLINE", null)).as("once per juror and edition").isEqualTo(3);
    }

    /** A juror account with an address and a language. */
    private long juror(String username, String language) {
        long id = fixture.juror(username, null);
        jdbc.update("update user_account set email = ?, preferred_locale = ? where id = ?", username + "@example.org",
                language, id);
        return id;
    }

    private void scoreEverything(String username, long edition) {
        people.as(username);
        Edition rules = editions.get(edition);
        for (Judging.QueueItem item : judging.queue(edition)) {
            rules.criteria().forEach(c -> judging.save(item.assignmentId(), c.id(), 6, null));
            judging.submit(item.assignmentId());
        }
        people.as("manager");
    }

    /** As the scheduler does: nobody signed in. */
    private void sendReminders() {
        people.anonymous();
        reminders.send();
        people.as("manager");
    }

    private String polishTitle() {
        return fixture.publishedIn("pl");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static URI judgingPage(long edition) {
        return URI.create("https://imc.example.org/competitions/" + edition + "/judge");
    }

    private MimeMessage mailTo(String address) {
        return mailTo(address, "ENTRIES_ASSIGNED");
    }

    /** The one message of a kind to an address, once it has arrived (told apart by its Message-ID). */
    private MimeMessage mailTo(String address, String kind) {
        String messageId = jdbc.queryForObject("select message_id from outbox_message where recipient = ? and kind = ?",
                String.class, address, kind);
        await().untilAsserted(() -> assertThat(ReceivedMail.to(smtp.getReceivedMessages(), address))
                .anyMatch(m -> messageId.equals(id(m))));
        return ReceivedMail.to(smtp.getReceivedMessages(), address).stream().filter(m -> messageId.equals(id(m)))
                .findFirst().orElseThrow();
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int rows(String kind, String recipient) {
        return jdbc.queryForObject("select count(*) from outbox_message where kind = ? and recipient like ?",
                Integer.class, kind, recipient == null ? "%" : recipient);
    }
}
