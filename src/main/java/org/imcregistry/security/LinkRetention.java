package org.imcregistry.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Invitation and password links are deleted once they can no longer be used: expired, used or withdrawn. A week's
 * grace keeps the "this link was already used" answer for someone who clicks twice. Daily, on one instance.
 */
@Component
class LinkRetention {

    private static final Logger log = LoggerFactory.getLogger(LinkRetention.class);
    static final Duration GRACE = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LinkRetention(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${imc.privacy.retention-cron:0 30 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "account-link-retention", lockAtMostFor = "PT30M")
    void daily() {
        int deleted = deleteSpent();
        if (deleted > 0) {
            log.info("Retention: {} expired or used account links deleted", deleted);
        }
    }

    /** Deletes the links spent more than the grace ago; returns how many. */
    int deleteSpent() {
        Timestamp before = Timestamp.from(clock.instant().minus(GRACE));
        return jdbc.update("delete from account_link where expires_at < ? or used_at < ? or revoked_at < ?",
                before, before, before);
    }

}
