package org.imcregistry.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.status = org.imcregistry.mail.MailStatus.QUEUED"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> findDue(Instant now, Pageable page);

    @Query("select m from OutboxMessage m where (:status is null or m.status = :status)"
            + " and (:text = '' or lower(m.recipient) like :text or lower(m.subject) like :text)")
    List<OutboxMessage> find(MailStatus status, String text, Pageable page);

    @Query("select count(m) from OutboxMessage m where (:status is null or m.status = :status)"
            + " and (:text = '' or lower(m.recipient) like :text or lower(m.subject) like :text)")
    long count(MailStatus status, String text);

    long countByRecipientIgnoreCaseAndKindAndCreatedAtAfter(String recipient, MailKind kind, Instant after);
}
