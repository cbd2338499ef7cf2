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
 * The simulated users of the load drill: {@code load-1 … load-N}, members like the demo member, each a respondent of
 * the demo member's open round (so each answers their own sheet). Added once; one password for all, hashed once.
 */
@Component
@Profile("load-test")
class LoadTestUsers {

    private static final Logger log = LoggerFactory.getLogger(LoadTestUsers.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final int users;
    private final String password;

    LoadTestUsers(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock,
            @Value("${imc.load-test.users:200}") int users, @Value("${imc.load-test.password}") String password) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.users = users;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void add() {
        var round = jdbc.queryForMap("select p.round_id, p.municipality_id from round_respondent p join user_account u"
                + " on u.id = p.user_id join assessment_round r on r.id = p.round_id where u.username = 'member'"
                + " and r.status = 'OPEN' order by p.round_id fetch first 1 rows only");
        String hash = passwords.encode(password);
        DrillAccounts accounts = new DrillAccounts(jdbc, clock);
        int added = 0;
        for (int i = 1; i <= users; i++) {
            Long id = accounts.addIfMissing("load-" + i, "Load user " + i, hash, "MEMBER", round.get("municipality_id"));
            if (id == null) {
                continue;
            }
            jdbc.update("insert into round_respondent (round_id, user_id, municipality_id, respondent_group, version)"
                    + " values (?, ?, ?, 'STAFF', 0)", round.get("round_id"), id, round.get("municipality_id"));
            added++;
        }
        log.info("Load test: {} users added, {} wanted", added, users);
    }
}
