package org.imcregistry.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The text of outgoing mail (names, links, quoted comments) is deleted a set number of days after it was written
 * ({@code imc.privacy.mail-body-days}, 90); the delivery record (to whom, what subject, when, whether it went) stays.
 * Mail still waiting for delivery keeps its body. Daily, on one instance.
 */
@Component
class MailBodyRetention {

    private static final Logger log = LoggerFactory.getLogger(MailBodyRetention.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    MailBodyRetention(JdbcTemplate jdbc, Clock clock, @Value("${imc.privacy.mail-body-days:90}") int days) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = Duration.ofDays(days);
    }

    @Scheduled(cron = "${imc.privacy.retention-cron:0 30 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "mail-body-retention", lockAtMostFor = "PT30M")
    void daily() {
        int deleted = deleteOldBodies();
        if (deleted > 0) {
            log.info("Retention: bodies of {} old mails deleted", deleted);
        }
    }

    /** Empties the bodies of delivered (or given up, or kept) mail older than the set days; returns how many. */
    int deleteOldBodies() {
        Instant now = clock.instant();
        return jdbc.update("update outbox_message set text_body = '', html_body = '', body_deleted_at = ?,"
                + " version = version + 1 where created_at < ? and body_deleted_at is null and status <> ?",
                Timestamp.from(now), Timestamp.from(now.minus(keep)), MailStatus.QUEUED.name());
    }
}
