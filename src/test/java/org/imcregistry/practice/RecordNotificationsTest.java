package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.imcregistry.mail.MailIntegrationTest;
import org.imcregistry.mail.ReceivedMail;
import org.imcregistry.security.MyAccount;
import org.imcregistry.security.NotificationPreferences;
import org.imcregistry.security.SubmissionAlerts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The author hears of an editor's decision and editors of a submission, by real mail, in their own language. */
@MailIntegrationTest
@Import(PracticeFixture.class)
class RecordNotificationsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(MailIntegrationTest.SMTP);

    static final String AUTHOR = "member@demo.imc-registry.org";
    static final String EDITOR = "editor@demo.imc-registry.org";

    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;
    @Autowired
    MyAccount myAccount;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void everyoneOnDefaults() {
        jdbc.update("delete from outbox_message");
        jdbc.update("delete from notification_settings");
        jdbc.update("update user_account set preferred_locale = null where username in ('member', 'editor')");
    }

    @AfterEach
    void signOut() {
        fixture.anonymous();
        everyoneOnDefaults();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "publish|en|IMC Registry: Your record \"Ferry timetables {0}\" is published|Hello Jan Kowalski,|It is now public at the address below|The editor wrote:|Read the public record|/good-practices/",
        "publish|nb|IMC-registeret: Eksempelet ditt «Ferry timetables {0}» er publisert|Hei Jan Kowalski,|Det er nå offentlig på adressen nedenfor|Redaktøren skrev:|Les det offentlige eksempelet|/good-practices/",
        "publish|pl|Rejestr IMC: Twoja praktyka „Ferry timetables {0}” została opublikowana|Dzień dobry, Jan Kowalski,|Jest on teraz publicznie dostępny|Redaktor napisał:|Zobacz opublikowaną praktykę|/good-practices/",
        "ask|en|IMC Registry: More information needed for \"Ferry timetables {0}\"|Hello Jan Kowalski,|Edit the record and submit it again at the address below|The editor wrote:|Edit and submit again|/practices/edit/",
        "ask|nb|IMC-registeret: Mer informasjon trengs for «Ferry timetables {0}»|Hei Jan Kowalski,|Rediger eksempelet og send det til gjennomgang igjen|Redaktøren skrev:|Rediger og send inn igjen|/practices/edit/",
        "ask|pl|Rejestr IMC: Potrzebne są dodatkowe informacje: „Ferry timetables {0}”|Dzień dobry, Jan Kowalski,|Popraw opis i wyślij go ponownie do weryfikacji|Redaktor napisał:|Popraw i wyślij ponownie|/practices/edit/",
        "reject|en|IMC Registry: Your record \"Ferry timetables {0}\" will not be published|Hello Jan Kowalski,|it cannot be edited or submitted again|The editor wrote:|Open the record|/practices/",
        "reject|nb|IMC-registeret: Eksempelet ditt «Ferry timetables {0}» blir ikke publisert|Hei Jan Kowalski,|det kan ikke redigeres eller sendes inn igjen|Redaktøren skrev:|Åpne eksempelet|/practices/",
        "reject|pl|Rejestr IMC: Twoja praktyka „Ferry timetables {0}” nie zostanie opublikowana|Dzień dobry, Jan Kowalski,|nie można jej już edytować ani ponownie wysłać|Redaktor napisał:|Otwórz opis praktyki|/practices/"})
    void theAuthorHearsOfTheDecisionInTheirLanguageWithTheCommentQuotedAndALink(String decision, String language,
            String subject, String greeting, String whatNext, String commentLabel, String linkLabel, String path)
            throws Exception {
        jdbc.update("update user_account set preferred_locale = ? where username = 'member'", language);
        String marker = decision + "-" + language;
        long id = submittedByTheMember("Ferry timetables " + marker);
        smtp.purgeEmailFromAllMailboxes();
        fixture.as("editor");
        decide(decision, id, "Thank you & well done <b>, " + marker + ".");

        MimeMessage mail = onlyMailTo(AUTHOR);
        assertThat(mail.getSubject()).isEqualTo(subject.replace("{0}", marker));
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo(language);
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://imc.example.org/account>");
        String text = ReceivedMail.text(mail);
        assertThat(text).contains(greeting, whatNext, commentLabel, "> Thank you & well done <b>, " + marker + ".",
                linkLabel + ":\nhttps://imc.example.org" + path + id + "\n", "https://imc.example.org/account");
        assertThat(ReceivedMail.html(mail)).contains("Thank you &amp; well done &lt;b&gt;",
                "<a href=\"https://imc.example.org" + path + id + "\">");
    }

    @Test
    void anAuthorWhoSwitchedDecisionsOffHearsNothing() throws Exception {
        fixture.as("member");
        myAccount.saveNotificationPreferences(new NotificationPreferences(false, SubmissionAlerts.IMMEDIATELY, true,
                true));
        long id = submittedByTheMember("Ferry timetables switched off");
        smtp.purgeEmailFromAllMailboxes();
        fixture.as("editor");
        practices.publish(id, "Published.");
        assertThat(practices.details(id).status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertNothingFor(AUTHOR, "PRACTICE_DECISION", "Ferry timetables switched off");
    }

    @Test
    void anAuthorWithoutAnAddressIsSkippedAndTheEditorsDecisionStands() throws Exception {
        jdbc.update("insert into user_account (username, display_name, password_hash, enabled, failed_sign_ins,"
                + " created_at, version) select 'no-address', 'Nils Noaddress', '{noop}x', true, 0, current_timestamp, 0"
                + " where not exists (select 1 from user_account where username = 'no-address')");
        jdbc.update("insert into user_role (user_id, role) select id, 'MEMBER' from user_account u"
                + " where username = 'no-address' and not exists (select 1 from user_role r where r.user_id = u.id)");
        fixture.as("no-address");
        long id = practices.create(content("Ferry timetables without an address"));
        practices.submit(id);
        fixture.as("editor");
        practices.requestInformation(id, "Please add the costs.");
        assertThat(practices.details(id).status()).isEqualTo(PracticeStatus.NEEDS_INFORMATION);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where kind = 'PRACTICE_DECISION'"
                + " and subject like '%without an address%'", Integer.class)).isZero();
    }

    @Test
    void aDecisionRolledBackSendsNothing() throws Exception {
        long id = submittedByTheMember("Ferry timetables rolled back");
        smtp.purgeEmailFromAllMailboxes();
        fixture.as("editor");
        transactions.executeWithoutResult(status -> {
            practices.publish(id, "Published.");
            status.setRollbackOnly();
        });
        assertThat(practices.details(id).status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertNothingFor(AUTHOR, "PRACTICE_DECISION", "Ferry timetables rolled back");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|IMC Registry: New record to review: Harbour buses {0}|Hello Eva Editor,|The good-practice record \"Harbour buses {0}\" was submitted for review on 20|Review the record",
        "nb|IMC-registeret: Nytt eksempel til gjennomgang: Harbour buses {0}|Hei Eva Editor,|Eksempelet på god praksis «Harbour buses {0}» ble sendt til gjennomgang 20|Gå gjennom eksempelet",
        "pl|Rejestr IMC: Nowa praktyka do weryfikacji: Harbour buses {0}|Dzień dobry, Eva Editor,|Opis dobrej praktyki „Harbour buses {0}” został wysłany do weryfikacji 20|Zweryfikuj praktykę"})
    void anEditorWhoWantsEachSubmissionHearsAtOnceInTheirLanguage(String language, String subject, String greeting,
            String submitted, String linkLabel) throws Exception {
        jdbc.update("update user_account set preferred_locale = ? where username = 'editor'", language);
        long id = submittedByTheMember("Harbour buses " + language);

        MimeMessage mail = onlyMailTo(EDITOR);
        assertThat(mail.getSubject()).isEqualTo(subject.replace("{0}", language));
        String text = ReceivedMail.text(mail);
        assertThat(text).contains(greeting, submitted.replace("{0}", language),
                linkLabel + ":\nhttps://imc.example.org/practices/" + id + "\n", "https://imc.example.org/account");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://imc.example.org/account>");
    }

    @Test
    void anEditorOnTheDigestOrOffHearsNothingAtOnce() throws Exception {
        for (SubmissionAlerts alerts : List.of(SubmissionAlerts.DAILY_DIGEST, SubmissionAlerts.OFF)) {
            fixture.as("editor");
            myAccount.saveNotificationPreferences(new NotificationPreferences(true, alerts, true, true));
            submittedByTheMember("Harbour buses " + alerts);
            assertNothingFor(EDITOR, "PRACTICE_SUBMITTED", "Harbour buses " + alerts);
        }
    }

    private long submittedByTheMember(String title) {
        fixture.as("member");
        long id = practices.create(content(title));
        practices.submit(id);
        return id;
    }

    private void decide(String decision, long id, String comment) {
        switch (decision) {
            case "publish" -> practices.publish(id, comment);
            case "ask" -> practices.requestInformation(id, comment);
            default -> practices.reject(id, comment);
        }
    }

    private static PracticeContent content(String title) {
        return PracticeFixture.content(title, RecordLanguage.EN, "Buses and ferries meet.", Set.of("GOVERNANCE"),
                Set.of(11), "NO", 2021);
    }

    private MimeMessage onlyMailTo(String address) {
        await().untilAsserted(() -> assertThat(ReceivedMail.to(smtp.getReceivedMessages(), address)).isNotEmpty());
        List<MimeMessage> mails = ReceivedMail.to(smtp.getReceivedMessages(), address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    /**
     * Nothing about this record in the outbox, where it would have been written at once, and nothing about it
     * arrives a little later. (A slow message of an earlier test may still arrive: only this record's count.)
     */
    private void assertNothingFor(String address, String kind, String title) throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and kind = ?"
                + " and subject like ?", Integer.class, address, kind, "%" + title + "%")).isZero();
        Thread.sleep(1000);
        assertThat(ReceivedMail.to(smtp.getReceivedMessages(), address)).as("mail to " + address)
                .noneMatch(m -> ReceivedMail.subject(m).contains(title));
    }

}
