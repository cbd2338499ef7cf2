package org.imcregistry.mail;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.status = org.imcregistry.mail.MailStatus.QUEUED"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> findDue(Instant now, Pageable page);

    String FILTER = " where (:status is null or m.status = :status)"
            + " and (:text = '' or lower(m.recipient) like :text or lower(m.subject) like :text)"
            + " and (:all = true or m.partnershipId in :partnerships)";

    /** {@code all} for administrators; otherwise only messages of the given partnerships (never empty: pass -1). */
    @Query("select m from OutboxMessage m" + FILTER)
    List<OutboxMessage> find(@Nullable MailStatus status, String text, boolean all, Collection<Long> partnerships, Pageable page);

    @Query("select count(m) from OutboxMessage m" + FILTER)
    long count(@Nullable MailStatus status, String text, boolean all, Collection<Long> partnerships);

    long countByRecipientIgnoreCaseAndKindAndCreatedAtAfter(String recipient, MailKind kind, Instant after);
}
