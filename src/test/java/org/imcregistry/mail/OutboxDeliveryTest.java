package org.imcregistry.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.imcregistry.MutableClock;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages go out after commit, in the recipient's language, survive a refusing server, and are given up after a day. */
@MailIntegrationTest
class OutboxDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(MailIntegrationTest.SMTP);

    @Autowired
    Outbox outbox;
    @Autowired
    OutgoingMail outgoing;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboxMessageRepository messages;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyOutbox() {
        messages.deleteAll();
    }

    private static Letter reminder(String to, Locale language) {
        return Letter.to(to, "Kari Nordmann", language, MailKind.ROUND_REMINDER)
                .partnership("Vestfold IMC")
                .subject("round.mail.reminder.subject", "Round <2026>")
                .paragraph("round.mail.reminder.text", "Round <2026>", "2026-12-24")
                .quote("Please answer & submit")
                .link("round.mail.link", URI.create("https://imc.example.org/respond/abc"))
                .unsubscribe(URI.create("https://imc.example.org/respond/abc/no-reminders"))
                .build();
    }

    @Test
    void aMessageGoesOutInTheRecipientsLanguageWithTextAndHtmlAndAStableMessageId() throws Exception {
        outbox.queue(reminder("kari@example.no", Locale.forLanguageTag("nb")));
        outbox.queue(reminder("anna@example.pl", Locale.forLanguageTag("pl")));
        outbox.queue(Letter.to("ann@example.org", null, Locale.ENGLISH, MailKind.PASSWORD_RESET)
                .subject("round.mail.reminder.subject", "x").build());
        assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();

        MimeMessage norwegian = receivedBy("kari@example.no");
        assertThat(norwegian.getSubject()).isEqualTo("IMC-registeret · Vestfold IMC: Påminnelse: Round <2026>");
        assertThat(norwegian.getHeader("Content-Language")[0]).isEqualTo("nb");
        assertThat(norwegian.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<https://imc.example.org/respond/abc/no-reminders>");
        OutboxMessage stored = messages.findAll().stream().filter(m -> m.getRecipient().equals("kari@example.no"))
                .findFirst().orElseThrow();
        assertThat(norwegian.getMessageID()).isEqualTo(stored.getMessageId()).endsWith("@imc.example.org>");
        String text = part(norwegian, "text/plain");
        String html = part(norwegian, "text/html");
        assertThat(text).contains("Hei Kari Nordmann,", "«Round <2026>» mangler", "lukkes 2026-12-24", "Åpne svarskjemaet ditt:", "> Please answer & submit",
                "https://imc.example.org/respond/abc");
        assertThat(html).contains("Round &lt;2026&gt;", "Please answer &amp; submit",
                "<a href=\"https://imc.example.org/respond/abc\">", "lang=\"nb\"").doesNotContain("<2026>");

        assertThat(receivedBy("anna@example.pl").getSubject()).isEqualTo("Rejestr IMC · Vestfold IMC: Przypomnienie: Round <2026>");
        MimeMessage essential = receivedBy("ann@example.org");
        assertThat(essential.getSubject()).isEqualTo("IMC Registry: Reminder: x");
        assertThat(essential.getHeader("List-Unsubscribe")).as("essential mail has no unsubscribe").isNull();
        await().untilAsserted(() -> assertThat(messages.findAll()).allMatch(m -> m.getStatus() == MailStatus.SENT
                && m.getAttempts() == 1 && m.getSentAt() != null));
    }

    @Test
    void aServerThatRefusesIsTriedAgainLaterAndNothingIsSentTwice() throws Exception {
        smtp.stop();
        long id = outbox.queue(reminder("kari@example.no", Locale.ENGLISH));
        await().untilAsserted(() -> assertThat(messages.findById(id).orElseThrow().getAttempts()).isEqualTo(1));
        OutboxMessage waiting = messages.findById(id).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(MailStatus.QUEUED);
        assertThat(waiting.getLastError()).contains("onnect");
        assertThat(waiting.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        smtp.start();
        delivery.deliverDue();
        assertThat(smtp.getReceivedMessages()).as("not before the pause is over").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        delivery.deliverDue();
        delivery.deliverDue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(messages.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(messages.findById(id).orElseThrow().getAttempts()).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void afterADayOfRefusalsAMessageIsMarkedFailedAndAnAdministratorCanSendItAgain() throws Exception {
        smtp.stop();
        long id = outbox.queue(reminder("kari@example.no", Locale.ENGLISH));
        await().untilAsserted(() -> assertThat(messages.findById(id).orElseThrow().getAttempts()).isEqualTo(1));
        Duration pause = Duration.ZERO;
        for (int i = 0; i < 30 && messages.findById(id).orElseThrow().getStatus() == MailStatus.QUEUED; i++) {
            OutboxMessage m = messages.findById(id).orElseThrow();
            Duration next = Duration.between(clock.instant(), m.getNextAttemptAt());
            assertThat(next).as("pauses grow, up to four hours").isGreaterThanOrEqualTo(pause)
                    .isLessThanOrEqualTo(Duration.ofHours(4));
            pause = next;
            clock.advance(next);
            delivery.deliverDue();
        }
        OutboxMessage failed = messages.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getAttempts()).isBetween(8, 15);
        assertThat(Duration.between(failed.getQueuedAt(), clock.instant())).isLessThanOrEqualTo(Duration.ofDays(1));
        assertThat(outgoing.find(MailStatus.FAILED, "kari", 0, 10)).extracting(OutgoingMail.MailRow::id).containsExactly(id);

        smtp.start();
        outgoing.resend(id);
        await().untilAsserted(() -> assertThat(messages.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        transactions.executeWithoutResult(status -> {
            outbox.queue(reminder("kari@example.no", Locale.ENGLISH));
            status.setRollbackOnly();
        });
        delivery.deliverDue();
        assertThat(messages.count()).isZero();
        assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
    }

    @Test
    void anAddressThatCannotReceiveMailIsRefusedWithAClearMessage() {
        for (String bad : new String[] {"", "kari", "kari@", "kari@@example.no", "Kari <kari@example.no>",
                "kari@example.no\r\nBcc: x@y.z", "a@b"}) {
            assertThatThrownBy(() -> outbox.queue(reminder(bad, Locale.ENGLISH)))
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("mail.error.address");
        }
        assertThat(messages.count()).isZero();
    }

    @Test
    void nonEssentialMailWithoutAnUnsubscribeLinkAndRelativeLinksAreProgrammingErrors() {
        assertThatThrownBy(() -> Letter.to("a@example.org", null, Locale.ENGLISH, MailKind.ROUND_REMINDER)
                .subject("round.mail.reminder.subject", "x").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Letter.to("a@example.org", null, Locale.ENGLISH, MailKind.PASSWORD_RESET)
                .subject("round.mail.reminder.subject", "x").link("round.mail.link", URI.create("/respond/abc")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private MimeMessage receivedBy(String address) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                return m;
            }
        }
        throw new AssertionError("nothing received by " + address);
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return ReceivedMail.part(message, type);
    }
}
