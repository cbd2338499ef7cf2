package org.imcregistry.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.common.PersonRef;
import org.imcregistry.common.PersonalDataHolder;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights of access and erasure (GDPR Art. 15, 17, 20): finds a person by username or e-mail address,
 * asks every feature ({@link PersonalDataHolder}) for its part, and writes one JSON document; or has every feature
 * erase them, in one transaction, and logs that it happened (counts only, never the data).
 */
@Service
public class PersonalDataRights {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRights.class);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataHolder> holders;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalDataRights(List<PersonalDataHolder> holders, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.holders = holders;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everything the app holds about the person named by a username or address, as one JSON document. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String export(String usernameOrAddress) {
        return json(usernameOrAddress, find(usernameOrAddress));
    }

    /** The signed-in person's own export (the right of access without asking an administrator). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exportMine() {
        String username = currentUser.username().orElseThrow();
        return json(username, find(username));
    }

    /** Erases the person everywhere; returns how many rows each feature changed. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Map<String, Integer> erase(String usernameOrAddress) {
        PersonRef person = find(usernameOrAddress);
        if (currentUser.accountId().map(person.accountIds()::contains).orElse(false)) {
            throw new UserFacingException("privacy.rights.error.self");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        holders.forEach(h -> counts.put(h.part(), h.erase(person)));
        jdbc.update("insert into privacy_erasure (erased_at, actor_id, parts) values (?, ?, ?)",
                Timestamp.from(clock.instant()), currentUser.accountId().orElse(null), JSON.writeValueAsString(counts));
        log.info("Personal data erased on request: rows changed per part {}", counts);
        return counts;
    }

    /** The erasures so far, newest first: when, by whom (account id), what changed. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Map<String, @Nullable Object>> erasures() {
        return jdbc.queryForList("select erased_at, actor_id, parts from privacy_erasure order by id desc");
    }

    private PersonRef find(String usernameOrAddress) {
        String query = usernameOrAddress.strip();
        if (query.isEmpty() || query.length() > 254) {
            throw new UserFacingException("privacy.rights.error.query");
        }
        PersonRef person = PersonRef.none();
        // twice: an address found as a respondent's may lead to an account's, and the reverse
        for (int round = 0; round < 2; round++) {
            PersonRef known = person;
            for (PersonalDataHolder holder : holders) {
                person = person.with(holder.identify(query, known));
            }
        }
        if (person.isEmpty()) {
            throw new UserFacingException("privacy.rights.error.not-found");
        }
        return person;
    }

    private String json(String query, PersonRef person) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", query);
        document.put("exportedAt", IsoTimes.of(clock.instant()));
        document.put("names", person.names());
        document.put("addresses", person.addresses());
        for (PersonalDataHolder holder : holders) {
            document.put(holder.part(), plain(holder.export(person)));
        }
        return JSON.writeValueAsString(document);
    }

    /** Column names in lower case and times in ISO 8601, as the database drivers give neither the same way. */
    private static Object plain(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, @Nullable Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k).toLowerCase(Locale.ROOT), v == null ? null : plain(v)));
                yield out;
            }
            case Collection<?> list -> {
                List<@Nullable Object> out = new ArrayList<>();
                list.forEach(v -> out.add(v == null ? null : plain(v)));
                yield out;
            }
            case Timestamp t -> IsoTimes.of(t.toInstant());
            case OffsetDateTime t -> IsoTimes.of(t.toInstant());
            case TemporalAccessor t -> Objects.toString(t);
            default -> value;
        };
    }
}
