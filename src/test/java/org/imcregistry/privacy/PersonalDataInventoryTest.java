package org.imcregistry.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inventory of personal data against the live schema (every migration applied): a column whose name looks like
 * it holds names, addresses, e-mail, contact details, free text about people, IP addresses or a reference to a
 * person must have a line in {@code privacy/personal-data.csv}, and every line must name a column that exists.
 * Generic on purpose: a table added later is checked without this test knowing of it.
 */
@IntegrationTest
class PersonalDataInventoryTest {

    /** Words of a column name (split at "_") that suggest personal data. */
    static final Set<String> PERSONAL_WORDS = Set.of("name", "names", "username", "email", "mail", "address",
            "phone", "telephone", "mobile", "ip", "comment", "comments", "note", "notes", "contact", "contacts",
            "credit", "credits", "author", "contributor", "researcher", "owner", "recipient", "holder", "actor",
            "evidence", "rationale", "reason", "text", "body", "detail", "details", "subject", "by", "user", "juror",
            "account", "respondent", "person", "people", "photographer");

    private static final Pattern WORD = Pattern.compile("_");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataInventory inventory;

    static boolean looksPersonal(String column) {
        return Arrays.stream(WORD.split(column.toLowerCase(Locale.ROOT))).anyMatch(PERSONAL_WORDS::contains);
    }

    private List<String> liveColumns() {
        // current_schema(): the PostgreSQL run gives each test context a schema of its own
        List<String> columns = jdbc.queryForList("select lower(table_name) || '.' || lower(column_name) from"
                + " information_schema.columns where table_schema = current_schema()"
                + " and lower(table_name) <> 'flyway_schema_history'", String.class);
        assertThat(columns).as("the live schema is read").hasSizeGreaterThan(100);
        return columns;
    }

    @Test
    void everyColumnThatLooksPersonalHasAnEntry() {
        Set<String> listed = listed();
        Set<String> missing = new TreeSet<>();
        for (String column : liveColumns()) {
            if (looksPersonal(column.substring(column.indexOf('.') + 1)) && !listed.contains(column)) {
                missing.add(column);
            }
        }
        assertThat(missing).as("columns of a personal kind without a line in " + PersonalDataInventory.FILE
                + " (use category 'none' for one that holds no personal data)").isEmpty();
    }

    @Test
    void everyEntryNamesAColumnOfTheSchemaOnce() {
        List<String> names = inventory.entries().stream().map(e -> e.table() + "." + e.column()).toList();
        assertThat(liveColumns()).containsAll(names);
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyCodeHasATextInEveryLanguage() {
        for (Locale language : SupportedLocales.ALL) {
            for (PersonalDataInventory.Entry e : inventory.entries()) {
                for (String key : List.of("privacy.category." + e.category(), "privacy.purpose." + e.purpose(),
                        "privacy.basis." + e.legalBasis(), "privacy.retention." + e.retention())) {
                    assertThat(MessageBundle.text(key, language)).as(key + " in " + language).doesNotStartWith("!");
                }
            }
        }
    }

    @Test
    void theDetectionSeesNamesAddressesAndReferencesButNotEverything() {
        assertThat(looksPersonal("photo_credits")).isTrue();
        assertThat(looksPersonal("ip_address")).isTrue();
        assertThat(looksPersonal("created_by")).isTrue();
        assertThat(looksPersonal("display_name")).isTrue();
        assertThat(looksPersonal("founding_year")).isFalse();
        assertThat(looksPersonal("status")).isFalse();
    }

    @Test
    void activitiesCoverOnlyPersonalColumns() {
        assertThat(inventory.activities()).isNotEmpty().allSatisfy(a -> assertThat(a.columns())
                .allMatch(PersonalDataInventory.Entry::personal));
        assertThat(inventory.activities()).extracting(PersonalDataInventory.Activity::purpose)
                .contains("accounts", "assessment", "registry", "competition", "mail", "security");
    }

    private Set<String> listed() {
        Set<String> listed = new TreeSet<>();
        inventory.entries().forEach(e -> listed.add(e.table() + "." + e.column()));
        return listed;
    }
}
