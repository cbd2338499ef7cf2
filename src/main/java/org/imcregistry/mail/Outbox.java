package org.imcregistry.mail;

import org.jspecify.annotations.Nullable;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.imcregistry.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every feature hands over its mail. The message is composed and written in the caller's transaction, so
 * it exists exactly when the change that caused it does; delivery starts after commit.
 */
@Service
// Anyone may cause mail (an anonymous visitor asks for a password reset, a respondent without an account
// submits); the calling feature decides who may do what causes it.
@PreAuthorize("permitAll()")
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxMessageRepository messages;
    private final MailComposer composer;
    private final MailDelivery delivery;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, MailComposer composer, MailDelivery delivery, Clock clock) {
        this.messages = messages;
        this.composer = composer;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Queues a letter; refuses an address that cannot receive mail. Returns the message's number in the outbox. */
    // A refused address must not doom the caller's transaction: the caller may catch the refusal and go on.
    @Transactional(noRollbackFor = UserFacingException.class)
    public long queue(Letter letter) {
        String address = requireAddress(letter.to());
        MailComposer.Composed composed = composer.compose(letter);
        Instant now = clock.instant();
        OutboxMessage message = messages.save(new OutboxMessage(messageId(), letter.kind(), address, composed,
                letter.unsubscribe() == null ? null : letter.unsubscribe().toString(), letter.readableByCoordinatorsOf(), now,
                delivery.canDeliver()));
        if (message.getStatus() == MailStatus.KEPT) {
            // Number and kind only: the subject names records, rounds and people, the body holds a personal link.
            log.info("Mail #{} ({}) kept in Outgoing mail, no mail server is set", message.getId(), letter.kind());
        } else {
            delivery.soonAfterCommit();
        }
        return message.getId();
    }

    /** How many messages of a kind went to an address since an instant; for throttles that must hold across instances. */
    @Transactional(readOnly = true)
    public long queuedSince(String address, MailKind kind, Instant since) {
        return messages.countByRecipientIgnoreCaseAndKindAndCreatedAtAfter(address == null ? "" : address.strip(),
                kind, since);
    }

    /** The address as given, stripped, if mail can be sent to it; otherwise a clear message. */
    public static String requireAddress(@Nullable String address) {
        String stripped = address == null ? "" : address.strip();
        try {
            if (stripped.isEmpty() || stripped.length() > 254) {
                throw new AddressException();
            }
            InternetAddress parsed = new InternetAddress(stripped, true);
            parsed.validate();
            if (!stripped.equals(parsed.getAddress()) || !stripped.contains("@") || !stripped.matches(".+@[^@]+\\.[^@]+")) {
                throw new AddressException();
            }
            return stripped;
        } catch (AddressException e) {
            throw new UserFacingException("mail.error.address", stripped);
        }
    }

    /** Whether an address can receive mail; for import reports that list bad addresses instead of stopping at one. */
    public static boolean isAddress(@Nullable String address) {
        try {
            requireAddress(address);
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }

    private String messageId() {
        return "<" + UUID.randomUUID() + "@" + delivery.messageIdDomain() + ">";
    }
}
