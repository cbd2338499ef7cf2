package org.imcregistry.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imcregistry.common.PersonRef;
import org.imcregistry.common.PersonalDataHolder;
import org.imcregistry.common.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accounts' part of a person's export and erasure: the account (never its password hash), roles, notification
 * choices and one-time links (times only). Erasing anonymises the account in place, so that what refers to it
 * (records, scores, history) keeps its references but no longer names anyone; it can no longer sign in.
 */
@Component
class AccountPersonalData implements PersonalDataHolder {

    private static final String ACCOUNT = "select id, username, display_name, email, enabled, preferred_locale,"
            + " created_at from user_account";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    AccountPersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String part() {
        return "accounts";
    }

    @Override
    public PersonRef identify(String query, PersonRef known) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        Set<Long> ids = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        Set<String> addresses = new TreeSet<>();
        jdbc.query("select id, display_name, email from user_account where lower(username) = ? or lower(email) = ?",
                rs -> {
                    ids.add(rs.getLong("id"));
                    names.add(rs.getString("display_name"));
                    if (rs.getString("email") != null) {
                        addresses.add(rs.getString("email"));
                    }
                }, q, q);
        return new PersonRef(ids, names, addresses);
    }

    @Override
    public Map<String, Object> export(PersonRef person) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (Long id : person.accountIds()) {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("account", jdbc.queryForList(ACCOUNT + " where id = ?", id));
            account.put("roles", jdbc.queryForList("select role from user_role where user_id = ?", String.class, id));
            account.put("notificationSettings", jdbc.queryForList("select record_decisions, submissions, jury,"
                    + " assessment_rounds from notification_settings where account_id = ?", id));
            account.put("links", jdbc.queryForList("select purpose, created_at, expires_at, used_at, revoked_at"
                    + " from account_link where account_id = ?", id));
            part.put(String.valueOf(id), account);
        }
        return part;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (Long id : person.accountIds()) {
            // the person's open sessions end once the erasure is committed
            jdbc.query("select username from user_account where id = ?",
                    rs -> { events.publishEvent(new SignedInSessions.AccessChanged(rs.getString(1))); }, id);
            changed += jdbc.update("delete from account_link where account_id = ?", id);
            changed += jdbc.update("delete from user_role where user_id = ?", id);
            // a hash of a fresh random token: no password matches it, and the column stays non-null
            changed += jdbc.update("update user_account set username = ?, display_name = ?, email = null,"
                    + " password_hash = ?, enabled = false, preferred_locale = null, version = version + 1"
                    + " where id = ?", "erased-" + id, org.imcregistry.common.PersonalText.ERASED,
                    "{noop}" + SecretTokens.hash(SecretTokens.newToken()), id);
        }
        return changed;
    }
}
