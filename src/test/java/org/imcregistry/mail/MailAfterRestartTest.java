package org.imcregistry.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.imcregistry.bootstrap.AppRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A message committed but not yet sent when the app stops is sent by the next start: the outbox is in the
 * database, not in memory. (The crash drill, {@code bench/run crash}, kills the app with SIGKILL while it writes
 * and checks that every acknowledged message is in the outbox.)
 */
class MailAfterRestartTest {

    @TempDir
    Path data;

    @Test
    void aMessageNotSentBeforeTheAppStoppedGoesOutAfterTheRestartOnceWithItsMessageId() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // nothing listens here until the second start: every attempt fails
        }
        String[] settings = {"--imc.data-dir=" + data, "--spring.profiles.active=demo", "--imc.mail.host=127.0.0.1",
            "--imc.mail.port=" + port, "--imc.mail.start-tls-required=false", "--imc.mail.first-retry=PT0S",
            "--imc.mail.poll=PT0.3S", "--imc.public-url=https://imc.example.org"};
        String messageId;
        ConfigurableApplicationContext first = AppRuns.start(settings);
        try {
            first.getBean(Outbox.class).queue(Letter.to("after.restart@example.org", null, Locale.ENGLISH,
                    MailKind.PASSWORD_RESET).subject("round.mail.reminder.subject", "Restart").build());
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select max(attempts) from"
                    + " outbox_message where recipient = 'after.restart@example.org'", Integer.class) >= 1);
            messageId = jdbc.queryForObject("select message_id from outbox_message where recipient ="
                    + " 'after.restart@example.org'", String.class);
        } finally {
            first.close();
        }

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        ConfigurableApplicationContext second = AppRuns.start(settings);
        try {
            assertThat(server.waitForIncomingEmail(20_000, 1)).isTrue();
            Thread.sleep(1_000); // a second delivery, were there one, would arrive by now
            assertThat(server.getReceivedMessages()).hasSize(1);
            assertThat(server.getReceivedMessages()[0].getMessageID()).isEqualTo(messageId);
            await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(second.getBean(JdbcTemplate.class)
                    .queryForObject("select status from outbox_message where message_id = ?", String.class,
                            messageId)));
        } finally {
            second.close();
            server.stop();
        }
    }
}
