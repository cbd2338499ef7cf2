package org.imcregistry.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Respondents without accounts are kept by name and address only while they are needed: a set number of months
 * ({@code imc.privacy.respondent-months}, 12 by default) after their round closed, their name, address, language
 * and links are removed. Their answers stay, unattributed, so that results, trends and the benchmark still hold.
 * Daily, on one instance (ShedLock); account holders are not touched (their account is erased on its own).
 */
@Component
class RespondentRetention {

    private static final Logger log = LoggerFactory.getLogger(RespondentRetention.class);
    private static final String DUE = "select r.id from round_respondent r join assessment_round a on a.id = r.round_id"
            + " where r.user_id is null and r.anonymised_at is null and a.status = 'CLOSED' and a.closed_at < ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int months;

    RespondentRetention(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${imc.privacy.respondent-months:12}") int months) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.months = months;
    }

    @Scheduled(cron = "${imc.privacy.retention-cron:0 30 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "respondent-retention", lockAtMostFor = "PT30M")
    void daily() {
        int anonymised = anonymiseDue();
        if (anonymised > 0) {
            log.info("Retention: {} respondents without accounts anonymised", anonymised);
        }
    }

    /** Anonymises every respondent whose round closed more than the set months ago; returns how many. */
    int anonymiseDue() {
        Instant now = clock.instant();
        Instant closedBefore = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        Integer done = transactions.execute(s -> {
            var ids = jdbc.queryForList(DUE, Long.class, Timestamp.from(closedBefore));
            ids.forEach(id -> anonymise(id, now));
            return ids.size();
        });
        return done == null ? 0 : done;
    }

    /** One respondent without an account: what names or reaches them goes, their answers stay. */
    void anonymise(long respondentId, Instant now) {
        jdbc.update("delete from respondent_link where respondent_id = ?", respondentId);
        jdbc.update("update round_respondent set display_name = null, email = null, language = null,"
                + " reminders_off = true, anonymised_at = ?, version = version + 1 where id = ?",
                Timestamp.from(now), respondentId);
    }
}
