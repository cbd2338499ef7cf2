package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imcregistry.mail.MailIntegrationTest;
import org.imcregistry.mail.ReceivedMail;
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
 * The editors' daily digest: each record submitted since the previous digest once, in each editor's language,
 * nothing on a day without submissions, nothing for editors who chose otherwise, and nothing listed twice.
 */
@MailIntegrationTest
@Import(PracticeFixture.class)
class SubmissionDigestTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(MailIntegrationTest.SMTP);

    /** Digest readers by language, and an editor who wants each submission at once. */
    static final Map<String, String> DIGEST = Map.of("en", "editor@demo.imc-registry.org",
            "nb", "digest-nb@example.no", "pl", "digest-pl@example.pl");
    static final String AT_ONCE = "at-once@example.org";

    @Autowired
    SubmissionDigest digest;
    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;
    @Autowired
    MyAccount myAccount;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void editorsOnTheDigestAndAnEmptyQueue() {
        editor("digest-nb", "Nora Nordlys", DIGEST.get("nb"), "nb");
        editor("digest-pl", "Piotr Zając", DIGEST.get("pl"), "pl");
        editor("at-once", "Ada Atonce", AT_ONCE, null);
        jdbc.update("delete from notification_settings");
        fixture.anonymous();
        digest.send(); // what earlier tests submitted goes, to nobody: everyone is on "immediately" now
        for (String username : new String[] {"editor", "digest-nb", "digest-pl"}) {
            fixture.as(username);
            myAccount.saveNotificationPreferences(new NotificationPreferences(true, SubmissionAlerts.DAILY_DIGEST,
                    true, true));
        }
        jdbc.update("delete from outbox_message");
    }

    @AfterEach
    void back() {
        fixture.anonymous();
        jdbc.update("delete from notification_settings");
    }

    @Test
    void eachRecordSubmittedSinceThePreviousDigestIsListedOnceInEachEditorsLanguage() throws Exception {
        long sentBack = submitted("Snow routes A");
        fixture.as("editor");
        practices.requestInformation(sentBack, "Please add the costs.");
        fixture.as("member");
        practices.submit(sentBack);
        long second = submitted("Snow routes B");
        long dealtWith = submitted("Snow routes C");
        fixture.as("editor");
        practices.publish(dealtWith, null);
        assertThat(outboxRows("PRACTICE_SUBMITTED", DIGEST.get("nb"))).as("digest readers get no mail at once").isZero();

        sendDigestAsTheScheduler();
        DIGEST.values().forEach(this::awaitMailTo);
        Map<String, String[]> words = Map.of(
                "en", new String[] {"IMC Registry: Records submitted for review, 20", "Hello Eva Editor,",
                        "Submitted since the previous digest and still waiting for review: 2", "submitted on 20",
                        "Review the record:"},
                "nb", new String[] {"IMC-registeret: Eksempler sendt til gjennomgang, 20", "Hei Nora Nordlys,",
                        "Sendt inn siden forrige oversikt og venter fortsatt på gjennomgang: 2", "sendt inn 20",
                        "Gå gjennom eksempelet:"},
                "pl", new String[] {"Rejestr IMC: Praktyki wysłane do weryfikacji, 20", "Dzień dobry, Piotr Zając,",
                        "Wysłane od poprzedniego zestawienia i wciąż czekające na weryfikację: 2", "wysłana 20",
                        "Zweryfikuj praktykę:"});
        for (var language : DIGEST.entrySet()) {
            var mails = ReceivedMail.to(smtp.getReceivedMessages(), language.getValue());
            assertThat(mails).as(language.getKey()).hasSize(1);
            MimeMessage mail = mails.getFirst();
            String[] expected = words.get(language.getKey());
            assertThat(mail.getSubject()).startsWith(expected[0]);
            String text = ReceivedMail.text(mail);
            assertThat(text).contains(expected[1], expected[2], expected[3], expected[4],
                    "https://imc.example.org/practices/" + sentBack + "\n",
                    "https://imc.example.org/practices/" + second + "\n", "https://imc.example.org/account")
                    .doesNotContain("Snow routes C", "/practices/" + dealtWith + "\n");
            assertThat(occurrences(text, "Snow routes A")).as("listed once, though submitted twice").isEqualTo(1);
            assertThat(occurrences(text, "Snow routes B")).isEqualTo(1);
            assertThat(text.indexOf("Snow routes A")).as("in the order submitted").isLessThan(text.indexOf("Snow routes B"));
            assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://imc.example.org/account>");
        }
        assertThat(outboxRows("SUBMISSION_DIGEST", AT_ONCE)).as("not on the digest").isZero();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'submission-digest'", Integer.class))
                .as("the run took its lock").isEqualTo(1);

        // the next run has nothing new: no mail, and what was listed is not listed again
        smtp.purgeEmailFromAllMailboxes();
        sendDigestAsTheScheduler();
        assertThat(outboxRows("SUBMISSION_DIGEST", null)).isEqualTo(3);
        long third = submitted("Snow routes D");
        sendDigestAsTheScheduler();
        awaitMailTo(DIGEST.get("en"));
        String next = ReceivedMail.text(ReceivedMail.to(smtp.getReceivedMessages(), DIGEST.get("en")).getFirst());
        assertThat(next).contains("Snow routes D", "/practices/" + third + "\n", "review: 1")
                .doesNotContain("Snow routes A", "Snow routes B");
    }

    @Test
    void aDayWithoutSubmissionsSendsNoDigest() throws Exception {
        sendDigestAsTheScheduler();
        assertThat(outboxRows("SUBMISSION_DIGEST", null)).isZero();
        assertThat(smtp.waitForIncomingEmail(1000, 1)).as("nothing at all").isFalse();
    }

    @Test
    void anEditorWhoSwitchedSubmissionsOffGetsNoDigest() throws Exception {
        fixture.as("digest-pl");
        myAccount.saveNotificationPreferences(new NotificationPreferences(true, SubmissionAlerts.OFF, true, true));
        submitted("Snow routes off");
        sendDigestAsTheScheduler();
        awaitMailTo(DIGEST.get("nb"));
        assertThat(outboxRows(null, DIGEST.get("pl"))).isZero();
        assertThat(ReceivedMail.to(smtp.getReceivedMessages(), DIGEST.get("nb"))).hasSize(1);
        assertThat(ReceivedMail.to(smtp.getReceivedMessages(), DIGEST.get("pl"))).isEmpty();
    }

    private void awaitMailTo(String address) {
        await().untilAsserted(() -> assertThat(ReceivedMail.to(smtp.getReceivedMessages(), address)).isNotEmpty());
    }

    /** Scheduled work runs with nobody signed in. */
    private void sendDigestAsTheScheduler() {
        fixture.anonymous();
        digest.send();
    }

    private long submitted(String title) {
        fixture.as("member");
        long id = practices.create(PracticeFixture.content(title, RecordLanguage.EN, "Ploughs share routes.",
                Set.of("GOVERNANCE"), Set.of(11), "NO", 2022));
        practices.submit(id);
        return id;
    }

    private void editor(String username, String name, String email, String locale) {
        jdbc.update("insert into user_account (username, display_name, email, preferred_locale, password_hash, enabled,"
                + " failed_sign_ins, created_at, version) select ?, ?, ?, ?, '{noop}x', true, 0, current_timestamp, 0"
                + " where not exists (select 1 from user_account where username = ?)", username, name, email, locale,
                username);
        jdbc.update("insert into user_role (user_id, role) select id, 'EDITOR' from user_account u where username = ?"
                + " and not exists (select 1 from user_role r where r.user_id = u.id)", username);
    }

    /** Messages in the outbox, of a kind and to a recipient where given (null: any). */
    private int outboxRows(String kind, String recipient) {
        return jdbc.queryForObject("select count(*) from outbox_message where kind like ? and recipient like ?",
                Integer.class, kind == null ? "%" : kind, recipient == null ? "%" : recipient);
    }

    private static int occurrences(String text, String word) {
        return (int) Pattern.compile(Pattern.quote(word)).matcher(text).results().count();
    }
}
