package org.imcregistry.mail;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One batch of queued messages sent over one SMTP connection. Says which did not go and why, in one line each for
 * the message's row and the log; what to do about it is the delivery's part.
 */
final class SmtpBatch {

    private final @Nullable JavaMailSenderImpl sender;
    private final MimeLetters letters;

    SmtpBatch(@Nullable JavaMailSenderImpl sender, MimeLetters letters) {
        this.sender = sender;
        this.letters = letters;
    }

    /** Sends the batch; returns the error of each message that did not go. */
    Map<Long, String> send(List<OutboxMessage> batch) {
        JavaMailSenderImpl sender = Objects.requireNonNull(this.sender, "MailDelivery sends only when mail is configured");
        Map<MimeMessage, Long> ids = new IdentityHashMap<>();
        Map<Long, String> failures = new HashMap<>();
        for (OutboxMessage message : batch) {
            try {
                ids.put(letters.mime(sender.getSession(), message), message.getId());
            } catch (MessagingException | RuntimeException e) {
                failures.put(message.getId(), describe(e));
            }
        }
        try {
            sender.send(ids.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                ids.values().forEach(id -> failures.put(id, describe(e)));
            }
            e.getFailedMessages().forEach((mime, error) -> failures.put(ids.get(mime), describe(error)));
        } catch (MailException e) {
            ids.values().forEach(id -> failures.put(id, describe(e)));
        }
        return failures;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.strip();
    }
}
