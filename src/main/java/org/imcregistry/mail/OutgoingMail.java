package org.imcregistry.mail;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.imcregistry.common.UserFacingException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Outgoing mail": to whom, what, where it is, how often it was tried and why it failed; and sending a message
 * again. Messages hold personal links: administrators read all of them, coordinators those sent for their
 * partnerships (their rounds' invitations and reminders), nobody else any.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class OutgoingMail {

    private final OutboxMessageRepository messages;
    private final MailDelivery delivery;
    private final MailReaders readers;
    private final Clock clock;

    OutgoingMail(OutboxMessageRepository messages, MailDelivery delivery, MailReaders readers, Clock clock) {
        this.messages = messages;
        this.delivery = delivery;
        this.readers = readers;
        this.clock = clock;
    }

    /** One line of the list. */
    public record MailRow(long id, Instant createdAt, String recipient, MailKind kind, String subject,
            MailStatus status, int attempts, @Nullable Instant sentAt, @Nullable Instant nextAttemptAt,
            @Nullable String lastError) {
    }

    /** A whole message as it goes out. */
    public record MailMessage(MailRow row, String messageId, String language, String text,
            @Nullable String listUnsubscribe) {
    }

    /** Whether messages are sent at all, or only kept here (no mail server configured). */
    public boolean delivers() {
        return delivery.canDeliver();
    }

    /** Newest first; {@code status} null for all, {@code text} matches recipient or subject. */
    @Transactional(readOnly = true)
    public List<MailRow> find(@Nullable MailStatus status, String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        return messages.find(status, pattern(text), readers.readsAll(), partnerships(), PageRequest.of(offset / size, size,
                Sort.by(Sort.Direction.DESC, "id"))).stream().map(OutgoingMail::row).toList();
    }

    @Transactional(readOnly = true)
    public int count(@Nullable MailStatus status, String text) {
        return (int) Math.min(Integer.MAX_VALUE, messages.count(status, pattern(text), readers.readsAll(),
                partnerships()));
    }

    @Transactional(readOnly = true)
    public MailMessage message(long id) {
        OutboxMessage m = readable(id);
        return new MailMessage(row(m), m.getMessageId(), m.getLanguage(), m.getTextBody(), m.getListUnsubscribe());
    }

    /** Puts a message back in the queue for an attempt now, with a fresh day of retries. */
    @Transactional
    public MailRow resend(long id) {
        OutboxMessage m = readable(id);
        if (m.getTextBody().isEmpty()) {
            // its body was deleted by retention or erasure: sending it again would send nothing
            throw new UserFacingException("mail.error.body-deleted");
        }
        m.queue(clock.instant(), delivery.canDeliver());
        delivery.soonAfterCommit();
        return row(m);
    }

    /** The message, if the signed-in person may read it; otherwise the same answer as for one that does not exist. */
    private OutboxMessage readable(long id) {
        return messages.findById(id).filter(m -> readers.readsAll() || m.getPartnershipId() != null
                && readers.readablePartnerships().contains(m.getPartnershipId()))
                .orElseThrow(() -> new UserFacingException("mail.error.not-found"));
    }

    /** Never empty, since "in ()" is not valid SQL everywhere. */
    private java.util.Set<Long> partnerships() {
        var mine = readers.readablePartnerships();
        return mine.isEmpty() ? java.util.Set.of(-1L) : mine;
    }

    private static String pattern(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.length() > 200) {
            t = t.substring(0, 200);
        }
        return t.isEmpty() ? "" : "%" + t.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private static MailRow row(OutboxMessage m) {
        return new MailRow(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getKind(), m.getSubject(), m.getStatus(),
                m.getAttempts(), m.getSentAt(), m.getNextAttemptAt(), m.getLastError());
    }
}
