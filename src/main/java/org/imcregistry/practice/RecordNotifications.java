package org.imcregistry.practice;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.mail.Outbox;
import org.imcregistry.security.MailRecipient;
import org.imcregistry.security.NotificationRecipients;
import org.imcregistry.security.NotificationTopic;
import org.imcregistry.security.SubmissionAlerts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail that follows a record's moderation, queued in the transaction that moves it: the author hears of an
 * editor's decision and of a partnership adopting the record; editors hear of a submission at once or in the daily
 * digest ({@link SubmissionDigest}).
 * Nobody is told of what they did themselves, and a person without an address is skipped, never an error.
 */
@Component
class RecordNotifications {

    private final Outbox outbox;
    private final NotificationRecipients recipients;
    private final PracticeRepository practices;
    private final PublicLinks links;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    RecordNotifications(Outbox outbox, NotificationRecipients recipients, PracticeRepository practices,
            PublicLinks links, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.practices = practices;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The record has just moved to {@code next}, by {@code actorId}, with the editor's comment (or none). */
    void moved(Practice practice, PracticeStatus next, @Nullable String comment, long actorId) {
        switch (next) {
            case SUBMITTED -> submitted(practice.getId(), actorId);
            case PUBLISHED, NEEDS_INFORMATION, REJECTED -> decided(practice, next, comment, actorId);
            default -> {
            }
        }
    }

    private void decided(Practice practice, PracticeStatus decision, @Nullable String comment, long actorId) {
        if (practice.getAuthorId() == actorId) {
            return;
        }
        // Only a published record has a public page; a rejected one stays visible to its author in the app.
        URI link = switch (decision) {
            case NEEDS_INFORMATION -> links.path("practices/edit/" + practice.getId());
            case PUBLISHED -> links.practice(practice.getId());
            default -> links.inApp(practice.getId());
        };
        for (MailRecipient author : recipients.mailRecipients(List.of(practice.getAuthorId()),
                NotificationTopic.RECORD_DECISIONS)) {
            Letter.Builder letter = to(author, MailKind.PRACTICE_DECISION)
                    .subject("practice.mail.decision.subject." + decision.name(), practice.getTitle())
                    .paragraph("practice.mail.decision.text." + decision.name(), practice.getTitle());
            if (comment != null && !comment.isBlank()) {
                letter.paragraph("practice.mail.decision.comment").quote(comment);
            }
            queue(letter.link("practice.mail.decision.link." + decision.name(), link).build());
        }
    }

    /**
     * A partnership has said it is adopting the record, with its note: the author hears of it, unless they said it
     * themselves. The record is public, so the link is its public page.
     */
    void adopted(Practice practice, String partnership, String note, long actorId) {
        if (practice.getAuthorId() == actorId) {
            return;
        }
        for (MailRecipient author : recipients.mailRecipients(List.of(practice.getAuthorId()),
                NotificationTopic.RECORD_DECISIONS)) {
            queue(to(author, MailKind.PRACTICE_ADOPTED)
                    .subject("practice.mail.adopted.subject", partnership, practice.getTitle())
                    .paragraph("practice.mail.adopted.text", partnership, practice.getTitle())
                    .paragraph("practice.mail.adopted.note").quote(note)
                    .link("practice.mail.adopted.link", links.practice(practice.getId())).build());
        }
    }

    /**
     * Remembers the submission for the digest, and mails the editors who want each one once the transaction is
     * about to commit: a bulk import that submits and publishes in one go has nothing left to moderate by then.
     */
    private void submitted(long practiceId, long actorId) {
        jdbc.update("insert into practice_submission_digest (practice_id, submitted_at) values (:p, :at)",
                Map.of("p", practiceId, "at", Timestamp.from(clock.instant())));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mailEditors(Map.of(practiceId, actorId));
            return;
        }
        Submissions pending = (Submissions) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Submissions();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.byActor.put(practiceId, actorId);
    }

    /** The submissions of one transaction: record id → who submitted it. */
    private final class Submissions implements TransactionSynchronization {
        final Map<Long, Long> byActor = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            mailEditors(byActor);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RecordNotifications.this);
        }
    }

    private void mailEditors(Map<Long, Long> submissions) {
        List<MailRecipient> editors = recipients.editors(SubmissionAlerts.IMMEDIATELY);
        if (editors.isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(submissions.keySet());
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        for (Practice practice : practices.findAllById(ids)) {
            if (practice.getStatus() != PracticeStatus.SUBMITTED) {
                continue;
            }
            for (MailRecipient editor : editors) {
                if (editor.accountId() == Objects.requireNonNull(submissions.get(practice.getId()),
                        "the records were found by the submitted ids")) {
                    continue;
                }
                queue(to(editor, MailKind.PRACTICE_SUBMITTED)
                        .subject("practice.mail.submitted.subject", practice.getTitle())
                        .paragraph("practice.mail.submitted.text", practice.getTitle(), day)
                        .link("practice.mail.review", links.inApp(practice.getId())).build());
            }
        }
    }

    Letter.Builder to(MailRecipient recipient, MailKind kind) {
        return Letter.to(recipient.address(), recipient.displayName(), recipient.locale(), kind)
                .unsubscribe(links.path("account"));
    }

    /** Queues a letter whose address can take mail; the outbox would refuse any other inside our transaction. */
    void queue(Letter letter) {
        if (Outbox.isAddress(letter.to())) {
            outbox.queue(letter);
        }
    }
}
