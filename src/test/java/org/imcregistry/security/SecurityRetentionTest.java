package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.PutsTheClockBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention of what sign-in keeps, by the injected clock: spent invitation and password links are deleted after a
 * week's grace, open ones stay; the addresses of failed sign-ins live only as long as the throttle's window.
 */
@IntegrationTest
@ExtendWith(PutsTheClockBack.class)
class SecurityRetentionTest {

    @Autowired
    LinkRetention links;
    @Autowired
    SignInRateLimit throttle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void spentLinksAreDeletedAfterTheGraceAndOpenOnesStay() {
        long account = jdbc.queryForObject("select id from user_account where username = 'member'", Long.class);
        Instant now = clock.instant();
        long open = link(account, now.plus(Duration.ofDays(3)), null, "open");
        long expiredLately = link(account, now.minus(Duration.ofDays(3)), null, "expired-lately");
        long expiredLong = link(account, now.minus(Duration.ofDays(8)), null, "expired-long");
        long usedLong = link(account, now.plus(Duration.ofDays(3)), now.minus(Duration.ofDays(8)), "used-long");
        links.deleteSpent();
        assertThat(exists(open)).isTrue();
        assertThat(exists(expiredLately)).isTrue();
        assertThat(exists(expiredLong)).isFalse();
        assertThat(exists(usedLong)).isFalse();
        clock.advance(Duration.ofDays(11));
        links.deleteSpent();
        assertThat(exists(open)).as("expired eight days ago by now").isFalse();
        assertThat(exists(expiredLately)).isFalse();
    }

    @Test
    void failedSignInAddressesLiveOnlyAsLongAsTheWindow() {
        Instant now = clock.instant();
        String old = "192.0.2." + (System.nanoTime() % 200);
        String recent = "198.51.100." + (System.nanoTime() % 200);
        jdbc.update("insert into sign_in_failure (address, failed_at) values (?, ?)", old,
                Timestamp.from(now.minus(SignInRateLimit.WINDOW).minusSeconds(1)));
        jdbc.update("insert into sign_in_failure (address, failed_at) values (?, ?)", recent,
                Timestamp.from(now.minusSeconds(60)));
        throttle.forgetOldFailures();
        assertThat(failures(old)).isZero();
        assertThat(failures(recent)).isEqualTo(1);
        clock.advance(SignInRateLimit.WINDOW);
        throttle.forgetOldFailures();
        assertThat(failures(recent)).isZero();
    }

    private long link(long account, Instant expires, Instant used, String name) {
        String hash = (name + System.nanoTime() + "0000000000000000000000000000000000000000000000000000000000000000")
                .substring(0, 64);
        jdbc.update("insert into account_link (account_id, purpose, token_hash, created_at, expires_at, used_at)"
                + " values (?, 'PASSWORD_RESET', ?, ?, ?, ?)", account, hash,
                Timestamp.from(expires.minus(Duration.ofDays(7))), Timestamp.from(expires),
                used == null ? null : Timestamp.from(used));
        return jdbc.queryForObject("select id from account_link where token_hash = ?", Long.class, hash);
    }

    private boolean exists(long link) {
        return jdbc.queryForObject("select count(*) from account_link where id = ?", Integer.class, link) == 1;
    }

    private int failures(String address) {
        return jdbc.queryForObject("select count(*) from sign_in_failure where address = ?", Integer.class, address);
    }
}
