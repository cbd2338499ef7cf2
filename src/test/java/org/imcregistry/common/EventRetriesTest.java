package org.imcregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Handled events older than a week are deleted; recent ones and unhandled ones stay. */
@IntegrationTest
class EventRetriesTest {

    @Autowired
    EventRetries retries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock; // the registry takes its "now" from the app's clock

    @Test
    void handledEventsAreForgottenAfterAWeekAndUnhandledOnesNever() {
        UUID old = publication(clock.instant().minusSeconds(8 * 86_400), true);
        UUID recent = publication(clock.instant().minusSeconds(3_600), true);
        UUID unhandled = publication(clock.instant().minusSeconds(8 * 86_400), false);
        retries.forgetHandledEvents();
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(unhandled)).isTrue();
    }

    private UUID publication(Instant at, boolean completed) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                + " completion_date, status, completion_attempts) values (?, 'test.listener', 'test.Event', '{}', ?, ?,"
                + " ?, 1)", id, Timestamp.from(at), completed ? Timestamp.from(at) : null,
                completed ? "COMPLETED" : "FAILED");
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class, id) == 1;
    }
}
