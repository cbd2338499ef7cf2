package org.imcregistry.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.mail.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person with data in every feature's tables (an account, roles, links, a partnership, a record they wrote and
 * records that name them, history, an adoption, answers as an account holder and as a respondent by address,
 * a consensus decision, an action item, a jury place and audit entries, mail): the export holds every piece; after
 * the erasure no text column of any table holds their name or address, the answers and scores are still there, and
 * the erasure is logged without them.
 */
@IntegrationTest
class PersonalDataRightsTest {


    @Autowired
    PersonalDataRights rights;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    MutableClock clock;

    private final String unique = String.valueOf(System.nanoTime());
    /** A name of this test alone: the database is shared with other tests, and with this test's other methods. */
    private final String NAME = "Petra Personvern" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    private final String username = "petra." + unique;
    private final String address = "petra.personvern." + unique + "@example.no";
    private final List<String> markers = new ArrayList<>();
    private long account;

    @BeforeEach
    void seedAPersonEverywhere() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into user_account (username, display_name, email, password_hash, enabled, failed_sign_ins,"
                + " created_at, version) values (?, ?, ?, '{noop}x', true, 0, ?, 0)", username, NAME, address, now);
        account = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("insert into user_role (user_id, role) values (?, 'MEMBER')", account);
        jdbc.update("insert into account_link (account_id, purpose, token_hash, created_at, expires_at) values"
                + " (?, 'INVITATION', ?, ?, ?)", account, (unique + "0".repeat(64)).substring(0, 64), now, now);
        long partnership = jdbc.queryForObject("select min(id) from partnership", Long.class);
        jdbc.update("insert into partnership_person (partnership_id, user_id, person_role) values (?, ?, 'MEMBER')",
                partnership, account);
        jdbc.update("update partnership set contact = ? where id = ?", marker("Partnership contact") + " " + NAME
                + ", " + address, partnership);
        jdbc.update("insert into practice (title, language, status, author_id, contributor, researcher, contact,"
                + " created_at, updated_at, version) values (?, 'en', 'DRAFT', ?, ?, ?, ?, ?, ?, 0)",
                marker("Record title"), account, NAME, "Researcher " + NAME, marker("Record contact") + " " + address,
                now, now);
        long practice = jdbc.queryForObject("select id from practice where author_id = ?", Long.class, account);
        jdbc.update("insert into practice_section (practice_id, section, body) values (?, 'SUMMARY', ?)", practice,
                marker("Section") + " as " + NAME + " told us");
        jdbc.update("insert into practice_photo (practice_id, position, alternative_text, credit, content_type, width,"
                + " height, display_bytes, display_sha256, thumbnail_bytes, thumbnail_sha256, added_by, added_at)"
                + " values (?, 0, ?, ?, 'image/jpeg', 1, 1, ?, 'x', ?, 'x', ?, ?)", practice,
                marker("Photo") + " of " + NAME, "Photo: " + NAME, new byte[] {1}, new byte[] {1}, account, now);
        jdbc.update("insert into practice_attachment (practice_id, position, file_name, description, size_bytes, pages,"
                + " content_bytes, sha256, added_by, added_at) values (?, 0, ?, ?, 1, 1, ?, 'x', ?, ?)", practice,
                "report-" + unique + ".pdf", marker("Attachment") + " written by " + NAME, new byte[] {1}, account, now);
        jdbc.update("insert into practice_history (practice_id, at, actor_id, action, comment) values"
                + " (?, ?, ?, 'EDITED', ?)", practice, now, account, marker("History") + " checked with " + NAME);
        jdbc.update("insert into practice_adoption (practice_id, partnership_id, note, adopted_by, adopted_at) values"
                + " (?, ?, ?, ?, ?)", practice, partnership, marker("Adoption") + " asked by " + NAME, account, now);
        long round = jdbc.queryForObject("select min(id) from assessment_round", Long.class);
        jdbc.update("insert into round_respondent (round_id, user_id, respondent_group, version) values"
                + " (?, ?, 'STAFF', 0)", round, account);
        jdbc.update("insert into round_respondent (round_id, display_name, email, language, respondent_group, version)"
                + " values (?, ?, ?, 'nb', 'CITIZEN', 0)", round, NAME, address);
        for (Long respondent : jdbc.queryForList("select id from round_respondent where user_id = ? or email = ?",
                Long.class, account, address)) {
            jdbc.update("insert into round_answer (respondent_id, criterion_key, answer_value, evidence, updated_at,"
                    + " version) values (?, 'privacy-test', 3.0, ?, ?, 0)", respondent,
                    marker("Evidence " + respondent) + " by " + NAME, now);
        }
        jdbc.update("insert into round_consensus (round_id, criterion_key, answer_value, rationale, decided_by,"
                + " decided_at, version) values (?, ?, 2.0, ?, ?, ?, 0)", round, "privacy-" + unique,
                marker("Rationale"), account, now);
        jdbc.update("insert into action_item (partnership_id, round_id, framework_key, criterion_key, action_text,"
                + " owner, status, created_at, updated_at, version) values (?, ?, 'f', 'c', ?, ?, 'OPEN', ?, ?, 0)",
                partnership, round, marker("Action"), NAME, now, now);
        long edition = jdbc.queryForObject("select min(id) from competition_edition", Long.class);
        jdbc.update("insert into competition_juror (edition_id, user_id) values (?, ?)", edition, account);
        jdbc.update("insert into competition_audit (edition_id, at, actor_id, action, detail) values"
                + " (?, ?, ?, 'NOTE', ?)", edition, now, account, marker("Audit") + " juror " + NAME);
        outbox.queue(Letter.to(address, NAME, Locale.ENGLISH, MailKind.PASSWORD_RESET)
                .subject("link.mail.reset.subject").paragraph("link.mail.reset.validity").build());
    }

    private String marker(String what) {
        String marker = what + " " + unique;
        markers.add(marker);
        return marker;
    }

    @Test
    @WithUserDetails("admin")
    void theExportHoldsEveryPieceFromEveryTableFoundByUsernameOrAddress() {
        for (String query : List.of(username, address.toUpperCase(Locale.ROOT))) {
            String json = rights.export(query);
            JsonMapper.builder().build().readTree(json); // one JSON document
            assertThat(json).as(query).contains(NAME, address, username, "MEMBER", "INVITATION", "STAFF", "CITIZEN",
                    "Researcher " + NAME, "\"accounts\"", "\"assessment\"", "\"registry\"", "\"competitions\"",
                    "\"mail\"", "\"register\"", "Choose a new password").doesNotContain("{noop}");
            assertThat(json).as(query).contains(markers);
        }
    }

    @Test
    @WithUserDetails("admin")
    void afterErasureNoTextColumnHoldsTheNameOrAddressAndAnswersAndScoresStay() {
        int answersBefore = answers();
        Map<String, Integer> counts = rights.erase(username);
        assertThat(counts).containsKeys("accounts", "assessment", "registry", "competitions", "mail", "register");
        assertThat(textColumnsHolding(NAME.toLowerCase(Locale.ROOT))).isEmpty();
        assertThat(textColumnsHolding(address)).isEmpty();
        assertThat(answers()).isEqualTo(answersBefore);
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, account))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from practice where author_id = ?", Integer.class, account))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select parts from privacy_erasure order by id desc limit 1", String.class))
                .contains("\"accounts\"").doesNotContain(NAME, address, username);
        assertThatThrownBy(() -> rights.export(username)).isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithUserDetails("member")
    void onlyAdministratorsExportOthersOrErase() {
        assertThatThrownBy(() -> rights.export(username)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rights.erase(username)).isInstanceOf(AccessDeniedException.class);
        assertThat(rights.exportMine()).contains("\"query\" : \"member\"");
    }

    private int answers() {
        return jdbc.queryForObject("select count(*) from round_answer where criterion_key = 'privacy-test'",
                Integer.class);
    }

    /** Every text column of every table, scanned for the value: table.column of each that holds it. */
    private List<String> textColumnsHolding(String value) {
        List<String> holding = new ArrayList<>();
        // current_schema(): the PostgreSQL run gives each test context a schema of its own
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from"
                + " information_schema.columns where table_schema = current_schema() and (upper(data_type) like"
                + " '%CHAR%' or upper(data_type) like '%CLOB%' or upper(data_type) = 'TEXT')");
        assertThat(columns).as("the scan sees the schema's text columns").hasSizeGreaterThan(50);
        for (Map<String, Object> column : columns) {
            String table = column.get("TABLE_NAME").toString();
            String name = column.get("COLUMN_NAME").toString();
            Integer n = jdbc.queryForObject("select count(*) from \"" + table + "\" where lower(\"" + name
                    + "\") like ?", Integer.class, "%" + value.toLowerCase(Locale.ROOT) + "%");
            if (n != null && n > 0) {
                holding.add(table + "." + name);
            }
        }
        return holding;
    }
}
