package org.imcregistry.mail;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** One message in the outbox, composed in full, with its delivery record. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Column(name = "list_unsubscribe", updatable = false)
    private @Nullable String listUnsubscribe;

    @Column(name = "partnership_id", updatable = false)
    private @Nullable Long partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(String messageId, MailKind kind, String recipient, MailComposer.Composed composed,
            @Nullable String listUnsubscribe, @Nullable Long partnershipId, Instant now, boolean deliverable) {
        this.partnershipId = partnershipId;
        this.messageId = messageId;
        this.kind = kind;
        this.recipient = recipient;
        this.language = composed.language().toLanguageTag();
        this.subject = composed.subject();
        this.textBody = composed.text();
        this.htmlBody = composed.html();
        this.listUnsubscribe = listUnsubscribe;
        this.createdAt = now;
        queue(now, deliverable);
    }

    /** Back in the queue for an attempt now, with a fresh day before it is given up on. */
    void queue(Instant now, boolean deliverable) {
        this.status = deliverable ? MailStatus.QUEUED : MailStatus.KEPT;
        this.queuedAt = now;
        this.nextAttemptAt = deliverable ? now : null;
    }

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: the next one after {@code pause}, or none once {@code giveUpAfter} has passed since queueing. */
    void failed(Instant now, String error, Duration pause, Duration giveUpAfter) {
        Instant giveUpAt = queuedAt.plus(giveUpAfter);
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        Instant next = now.plus(pause);
        if (next.isAfter(giveUpAt)) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    Long getId() {
        return id;
    }

    String getMessageId() {
        return messageId;
    }

    MailKind getKind() {
        return kind;
    }

    String getRecipient() {
        return recipient;
    }

    String getLanguage() {
        return language;
    }

    String getSubject() {
        return subject;
    }

    String getTextBody() {
        return textBody;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    @Nullable String getListUnsubscribe() {
        return listUnsubscribe;
    }

    @Nullable Long getPartnershipId() {
        return partnershipId;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    @Nullable Instant getSentAt() {
        return sentAt;
    }
}
