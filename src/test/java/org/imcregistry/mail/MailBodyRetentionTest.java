package org.imcregistry.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.PutsTheClockBack;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mail bodies go 90 days after the mail was written, by the injected clock; the delivery record stays. */
@IntegrationTest
@ExtendWith(PutsTheClockBack.class)
class MailBodyRetentionTest {

    @Autowired
    Outbox outbox;
    @Autowired
    MailBodyRetention retention;
    @Autowired
    OutgoingMail outgoing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    @WithUserDetails("admin")
    void theBodyGoesAfterNinetyDaysAndTheDeliveryRecordStays() {
        String old = "old.body." + System.nanoTime() + "@example.org";
        outbox.queue(Letter.to(old, "Berit Brev", Locale.ENGLISH, MailKind.PASSWORD_RESET)
                .subject("link.mail.reset.subject").paragraph("link.mail.reset.validity").build());
        clock.advance(Duration.ofDays(89));
        retention.deleteOldBodies();
        assertThat(row(old).get("TEXT_BODY").toString()).contains("Berit Brev");
        clock.advance(Duration.ofDays(2));
        String fresh = "fresh.body." + System.nanoTime() + "@example.org";
        outbox.queue(Letter.to(fresh, "Frida Fersk", Locale.ENGLISH, MailKind.PASSWORD_RESET)
                .subject("link.mail.reset.subject").paragraph("link.mail.reset.validity").build());
        retention.deleteOldBodies();
        Map<String, Object> gone = row(old);
        assertThat(gone.get("TEXT_BODY")).isEqualTo("");
        assertThat(gone.get("HTML_BODY")).isEqualTo("");
        assertThat(gone.get("BODY_DELETED_AT")).isNotNull();
        assertThat(gone.get("STATUS")).isNotNull();
        assertThat(gone.get("SUBJECT").toString()).isNotEmpty();
        assertThat(row(fresh).get("TEXT_BODY").toString()).contains("Frida Fersk");
        long id = jdbc.queryForObject("select id from outbox_message where recipient = ?", Long.class, old);
        assertThatThrownBy(() -> outgoing.resend(id)).as("nothing left to send")
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mail.error.body-deleted"));
    }

    private Map<String, Object> row(String recipient) {
        return jdbc.queryForMap("select text_body, html_body, body_deleted_at, status, subject from outbox_message"
                + " where recipient = ?", recipient);
    }
}
