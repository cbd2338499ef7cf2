package org.imcregistry.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.security.MailRecipient;
import org.imcregistry.security.NotificationRecipients;
import org.imcregistry.security.SubmissionAlerts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' daily digest: one mail to each editor who chose it, listing the records submitted since the previous
 * digest that still wait for review, each once, with a link; no mail on a day without any. Where the previous digest
 * stopped is the table {@code practice_submission_digest}: each run lists and deletes exactly the rows it read, in
 * the transaction that queues the mail, so a run that fails lists them again next time and none is listed twice.
 */
@Component
class SubmissionDigest {

    private final NamedParameterJdbcTemplate jdbc;
    private final PracticeRepository practices;
    private final NotificationRecipients recipients;
    private final RecordNotifications notifications;
    private final PublicLinks links;
    private final Clock clock;

    SubmissionDigest(NamedParameterJdbcTemplate jdbc, PracticeRepository practices, NotificationRecipients recipients,
            RecordNotifications notifications, PublicLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.practices = practices;
        this.recipients = recipients;
        this.notifications = notifications;
        this.links = links;
        this.clock = clock;
    }

    /** Runs on one instance at a time (ShedLock), at {@code imc.notifications.digest-cron} in UTC. */
    @Scheduled(cron = "${imc.notifications.digest-cron}", zone = "UTC")
    @SchedulerLock(name = "submission-digest", lockAtMostFor = "PT30M")
    @Transactional
    public void send() {
        List<Long> rows = new ArrayList<>();
        Map<Long, Instant> submitted = new LinkedHashMap<>();
        jdbc.query("select id, practice_id, submitted_at from practice_submission_digest order by id", Map.of(), rs -> {
            rows.add(rs.getLong(1));
            submitted.merge(rs.getLong(2), rs.getTimestamp(3).toInstant(), (first, later) -> later);
        });
        if (rows.isEmpty()) {
            return;
        }
        // Records an editor has already dealt with since are left out: there is nothing left to do about them.
        List<Practice> waiting = practices.findAllById(submitted.keySet()).stream()
                .filter(p -> p.getStatus() == PracticeStatus.SUBMITTED)
                .sorted(Comparator.comparing((Practice p) -> submitted.get(p.getId())).thenComparing(Practice::getId))
                .toList();
        if (!waiting.isEmpty()) {
            String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
            for (MailRecipient editor : recipients.editors(SubmissionAlerts.DAILY_DIGEST)) {
                notifications.queue(letter(editor, today, waiting, submitted));
            }
        }
        jdbc.update("delete from practice_submission_digest where id in (:ids)", Map.of("ids", rows));
    }

    private Letter letter(MailRecipient editor, String today, List<Practice> waiting,
            Map<Long, Instant> submitted) {
        Letter.Builder letter = notifications.to(editor, MailKind.SUBMISSION_DIGEST)
                .subject("practice.mail.digest.subject", today)
                .paragraph("practice.mail.digest.text", waiting.size());
        for (Practice practice : waiting) {
            letter.paragraph("practice.mail.digest.item", practice.getTitle(),
                    LocalDate.ofInstant(submitted.get(practice.getId()), ZoneOffset.UTC).toString())
                    .link("practice.mail.review", links.inApp(practice.getId()));
        }
        return letter.build();
    }
}
