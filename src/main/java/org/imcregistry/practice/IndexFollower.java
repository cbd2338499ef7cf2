package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.imcregistry.search.PracticeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's search index in step with the database, which every instance shares: every change to a
 * record is written to the change log ({@code practice_change}) in its own transaction; each instance applies the
 * log's new rows every half second, so a change made through any instance is found in every instance's search
 * within about a second. At start-up the index is opened (rebuilt when missing or damaged, caught up by comparing
 * versions when behind) and following starts from the log's end as it was before that catch-up. The instance
 * that made a change follows the log at once after commit, so its own user never waits; every change is applied
 * by this one path, once per instance.
 */
@Component
class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final PracticeIndex index;
    private final JdbcTemplate jdbc;
    private volatile boolean following;
    private long position;
    /** The rows applied within the look-back window, so that looking back applies nothing twice. */
    private final Map<Long, Long> recentlyApplied = new HashMap<>();

    IndexFollower(PracticeIndex index, JdbcTemplate jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void open() {
        Long end = jdbc.queryForObject("select coalesce(max(seq), 0) from practice_change", Long.class);
        index.open();
        synchronized (this) {
            position = end == null ? 0 : end;
            following = true;
        }
    }

    /** In the changing transaction: the change log row exists exactly when the change does. */
    @EventListener
    public void record(PracticeChanged change) {
        jdbc.update("insert into practice_change (practice_id) values (?)", change.practiceId());
    }

    /**
     * After commit, at once, on the instance that made the change: it follows the log now instead of at the next
     * tick, so its own user never waits, and the change is applied once, by the follower, like everywhere else.
     * Recorded in the event publication registry: if the index refuses, the publication stays incomplete (the log
     * is retried every half second anyway, and EventRetries hands the event over again).
     */
    @TransactionalEventListener
    public void changed(PracticeChanged change) {
        if (!applyNew()) {
            throw new IllegalStateException("Search index has not applied the change to record " + change.practiceId());
        }
    }

    @Scheduled(fixedDelayString = "${imc.search.follow-every:PT0.5S}", initialDelayString = "${imc.search.follow-every:PT0.5S}")
    public void follow() {
        applyNew();
    }

    /**
     * Applies the log's rows this instance has not applied yet; a failure applies none, and the next run retries.
     * False when rows were left unapplied. Before following starts, the start-up catch-up covers every change.
     */
    private synchronized boolean applyNew() {
        if (!following) {
            return true;
        }
        // Rows of transactions that took their number earlier may commit later: look 10 s back as well.
        List<long[]> rows = jdbc.query("select seq, practice_id from practice_change where seq > ? or changed_at"
                + " > current_timestamp - interval '10' second order by seq",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, position);
        Set<Long> ids = new LinkedHashSet<>();
        List<Long> seqs = new ArrayList<>();
        for (long[] row : rows) {
            if (!recentlyApplied.containsKey(row[0])) {
                ids.add(row[1]);
                seqs.add(row[0]);
            }
        }
        if (ids.isEmpty()) {
            prune(rows);
            return true;
        }
        try {
            index.update(ids);
        } catch (RuntimeException e) {
            log.warn("Search index could not apply {} changed records; trying again", ids.size(), e);
            return false;
        }
        long now = System.nanoTime();
        seqs.forEach(seq -> recentlyApplied.put(seq, now));
        position = Math.max(position, seqs.getLast());
        prune(rows);
        return true;
    }

    /** Forgets applied rows that have left the look-back window. */
    private void prune(List<long[]> window) {
        if (recentlyApplied.size() > 10_000 || !window.isEmpty()) {
            long oldest = window.isEmpty() ? Long.MAX_VALUE : window.getFirst()[0];
            recentlyApplied.keySet().removeIf(seq -> seq < oldest);
        } else {
            recentlyApplied.clear();
        }
    }

    /** The log is for instances that are running; one down for longer catches up by comparing versions. */
    @Scheduled(cron = "${imc.search.change-log-cleanup:0 15 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "practice-change-cleanup", lockAtMostFor = "PT30M")
    void forgetOldChanges() {
        jdbc.update("delete from practice_change where changed_at < current_timestamp - interval '7' day");
    }
}
