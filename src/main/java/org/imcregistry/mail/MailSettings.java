package org.imcregistry.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mail server ({@code IMC_MAIL_*}, see application.properties) and the sender's rhythm. Without a host the
 * app sends nothing and keeps every message in the outbox.
 *
 * @param firstRetry pause after the first failed attempt; each further failure doubles it up to {@code maxPause}
 * @param giveUpAfter how long a message is tried before it is marked failed
 */
@ConfigurationProperties("imc.mail")
record MailSettings(String host, int port, String username, String password, String from, boolean startTlsRequired,
        Duration firstRetry, Duration maxPause, Duration giveUpAfter, int batchSize) {

    boolean hasServer() {
        return host != null && !host.isBlank();
    }

    /** The pause before the attempt after the {@code attempts}-th failure. */
    Duration pauseAfter(int attempts) {
        Duration pause = firstRetry;
        for (int i = 1; i < attempts && pause.compareTo(maxPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
