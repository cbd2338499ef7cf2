package org.imcregistry.drills;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds the simulated people of a drill straight to the accounts' tables: a drill needs hundreds of accounts with one
 * known password at once, which no invitation flow gives. Only drill profiles use it.
 */
final class DrillAccounts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DrillAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account's id, or null when it existed already. */
    @Nullable Long addIfMissing(String username, String displayName, String passwordHash, String role,
            @Nullable Object municipalityId) {
        Integer existing = jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
                username);
        if (existing != null && existing > 0) {
            return null;
        }
        jdbc.update("insert into user_account (username, display_name, password_hash, enabled, failed_sign_ins,"
                + " created_at, version, municipality_id) values (?, ?, ?, true, 0, ?, 0, ?)", username, displayName,
                passwordHash, Timestamp.from(clock.instant()), municipalityId);
        Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role);
        return id;
    }
}
