package org.imcregistry.drills;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the failover drill on an empty production database: {@code drill-1 … drill-N}, members who sign in
 * through the balancer and search, and the editor that publishes through {@link ClusterDrillApi}. One password for
 * all, hashed once; added by whichever instance starts first.
 */
@Component
@Profile("cluster-drill")
class ClusterDrillUsers {

    private static final Logger log = LoggerFactory.getLogger(ClusterDrillUsers.class);

    private final DrillAccounts accounts;
    private final PasswordEncoder passwords;
    private final int users;
    private final String password;

    ClusterDrillUsers(JdbcTemplate jdbc, Clock clock, PasswordEncoder passwords,
            @Value("${imc.cluster-drill.users:40}") int users, @Value("${imc.cluster-drill.password}") String password) {
        this.accounts = new DrillAccounts(jdbc, clock);
        this.passwords = passwords;
        this.users = users;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void add() {
        String hash = passwords.encode(password);
        int added = accounts.addIfMissing(ClusterDrillApi.EDITOR, "Drill editor", hash, "EDITOR", null) == null ? 0 : 1;
        for (int i = 1; i <= users; i++) {
            added += accounts.addIfMissing("drill-" + i, "Drill user " + i, hash, "MEMBER", null) == null ? 0 : 1;
        }
        log.info("Cluster drill: {} accounts added", added);
    }
}
