package org.imcregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No feature reads another feature's tables: a module's SQL names only the tables it owns, and asks the others
 * through their published services (which check access and keep their own rules). The test reads the main sources as
 * text, joins each chain of string literals ({@code "select ..." + " from ..."}), and looks at every table named
 * after {@code from}, {@code join}, {@code into} or {@code update}.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/imcregistry");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * Who owns each table, kept by hand: the module whose entities and services keep its rows. Every table the
     * migrations create must be here, so that a new table gets an owner when it is made.
     */
    static final Map<String, Set<String>> OWNERS = Map.of(
            "security", Set.of("user_account", "user_role", "account_link", "notification_settings",
                    "sign_in_failure"),
            // the register: municipalities, partnerships and the managed lists (the practice themes among them)
            "municipality", Set.of("municipality", "legal_form", "service_area", "practice_theme", "partnership",
                    "partnership_member", "partnership_person", "partnership_service_area"),
            "assessment", Set.of("assessment_framework", "assessment_round", "round_respondent", "round_answer",
                    "round_consensus", "respondent_link", "action_item", "benchmark_snapshot"),
            // practice_award is created with the competitions (V7), but the registry labels its own records
            "practice", Set.of("practice", "practice_section", "practice_theme_link", "practice_sdg",
                    "practice_municipality", "practice_history", "practice_hold", "practice_change",
                    "practice_submission_digest", "practice_award", "practice_adoption", "practice_photo",
                    "practice_attachment"),
            "competition", Set.of("competition_edition", "competition_category", "competition_criterion",
                    "competition_rule", "competition_entry", "competition_juror", "competition_assignment",
                    "competition_score", "competition_audit", "competition_deadline_reminder"),
            "mail", Set.of("outbox_message"),
            // the glossary concepts editors add for the search across languages
            "search", Set.of("search_glossary_concept"),
            // the log of erasures (counts only); each feature erases in its own tables through PersonalDataHolder
            "privacy", Set.of("privacy_erasure"),
            // infrastructure: Spring Modulith's event publication registry and ShedLock's locks
            "common", Set.of("event_publication", "shedlock"));

    /** A module's source file that may name some tables of other modules, and why. */
    record Allowance(String file, Set<String> tables, String why) {
    }

    /**
     * The drills (bench/run crash, load, cluster) are not features: each is a profile that is off unless asked for
     * by name, and what they do is look at or fill the database as a whole. These allowances are exact: a drill that
     * names another table fails, and an allowance no longer needed fails too. No feature module has one.
     */
    static final List<Allowance> ALLOWED = List.of(
            new Allowance("drills/CrashCheck.java", Set.of("round_answer", "round_respondent", "user_account",
                    "competition_score", "practice", "outbox_message"),
                    "after a SIGKILL, checks that every acknowledged write is in the tables themselves; a service"
                            + " would answer through its own rules and caches, which is not what is measured"),
            new Allowance("drills/CrashTestWriter.java", Set.of("assessment_round", "round_respondent",
                    "user_account", "competition_edition"),
                    "finds the demo's open round and judging edition to write to (the writes go through services);"
                            + " could ask RoundViews and Editions instead, left until the drill can be rerun"),
            new Allowance("drills/LoadTestUsers.java", Set.of("round_respondent", "assessment_round",
                    "user_account"),
                    "adds thousands of simulated respondents in one go, without invitations or mail, so that the"
                            + " load drill measures answering, not signing up"),
            new Allowance("drills/DrillAccounts.java", Set.of("user_account", "user_role"),
                    "adds the simulated people of the load and failover drills with one known password, which no"
                            + " invitation flow gives"),
            new Allowance("drills/IndexAgreement.java", Set.of("practice"),
                    "compares an instance's search index with what the database itself says is published, past"
                            + " every service and cache"),
            new Allowance("drills/ClusterDrillApi.java", Set.of("practice"),
                    "looks for every acknowledged record in the database itself after the failover drill"));

    /** A table after a keyword; the lookahead keeps "from a x, b y" lists (alias, then commas) for the tables after. */
    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+"
            + "([a-z_][a-z0-9_]*)(?=((?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*"
            + "(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*))");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void everyTableTheMigrationsCreateHasExactlyOneOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATE_TABLE.matcher(read(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            });
        }
        Map<String, String> owner = owners();
        assertThat(owner.keySet()).as("tables with an owner, against the tables the migrations create")
                .containsExactlyInAnyOrderElementsOf(created);
        int listed = OWNERS.values().stream().mapToInt(Set::size).sum();
        assertThat(owner).as("no table has two owners").hasSize(listed);
    }

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Naming naming : namings()) {
            if (!naming.allowed()) {
                violations.add(naming.file() + " names " + naming.table() + " (owned by " + naming.owner() + "): "
                        + naming.snippet());
            }
        }
        assertThat(violations).as("SQL naming another module's table; ask that module's service instead").isEmpty();
    }

    @Test
    void everyAllowanceIsStillNeededAndNoFeatureHasOne() throws IOException {
        Map<String, Set<String>> used = new HashMap<>();
        namings().stream().filter(Naming::allowed)
                .forEach(n -> used.computeIfAbsent(n.file(), k -> new TreeSet<>()).add(n.table()));
        for (Allowance allowance : ALLOWED) {
            assertThat(allowance.file()).as("allowances are for the drills only").startsWith("drills/");
            assertThat(used.getOrDefault(allowance.file(), Set.of())).as("tables " + allowance.file() + " still names")
                    .containsExactlyInAnyOrderElementsOf(allowance.tables());
        }
    }

    @Test
    void literalChainsAreJoinedAndCommentsIgnored() {
        String source = """
                // from practice: a comment
                String a = "select x from" + " partnership p"; /* join municipality */
                String b = \"""
                        select 1 from user_role
                        \""";
                char q = '"';
                String c = "from " + table + "practice";
                String d = "select 1 from practice p, partnership pa join user_role r on r.id = 1";
                """;
        assertThat(literalChains(source)).containsExactly("select x from partnership p",
                "        select 1 from user_role\n        ", "from ", "practice",
                "select 1 from practice p, partnership pa join user_role r on r.id = 1");
    }

    @Test
    void tablesAreFoundAfterEveryKeywordAndInCommaLists() {
        assertThat(tablesIn("select 1 from practice p, partnership pa join user_role r on r.id = 1"))
                .extracting(Named::table).containsExactly("practice", "partnership", "user_role");
        assertThat(tablesIn("delete from practice_hold where x in (select id from Practice)"))
                .extracting(Named::table).containsExactly("practice_hold", "practice");
        assertThat(tablesIn("insert into competition_entry (a) values (1); update user_account set x = 1"))
                .extracting(Named::table).containsExactly("competition_entry", "user_account");
        assertThat(tablesIn("select p from Practice p join p.members m where p.id = :id for update"))
                .extracting(Named::table).containsExactly("practice", "p");
    }

    /** One table named in one file's SQL, with its owner and whether an allowance covers it. */
    record Naming(String file, String module, String table, String owner, String snippet, boolean allowed) {
    }

    private static List<Naming> namings() throws IOException {
        Map<String, String> owner = owners();
        List<Naming> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class itself belongs to no module
                }
                String module = relative.getName(0).toString();
                String name = relative.toString().replace('\\', '/');
                for (String text : literalChains(read(file))) {
                    for (Named named : tablesIn(text)) {
                        String tableOwner = owner.get(named.table());
                        if (tableOwner != null && !tableOwner.equals(module)) {
                            found.add(new Naming(name, module, named.table(), tableOwner, named.clause(),
                                    allowed(name, named.table())));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A table named in a text, with the clause that names it. */
    record Named(String table, String clause) {
    }

    static List<Named> tablesIn(String text) {
        List<Named> named = new ArrayList<>();
        Matcher m = TABLE_AFTER_KEYWORD.matcher(text);
        while (m.find()) {
            named.add(new Named(m.group(1).toLowerCase(Locale.ROOT), m.group()));
            // "from a x, b y": the tables after the commas count too (before the first comma is an alias)
            String[] list = m.group(2).split(",");
            for (int k = 1; k < list.length; k++) {
                named.add(new Named(list[k].strip().split("\\s+")[0].toLowerCase(Locale.ROOT), m.group() + list[k]));
            }
        }
        return named;
    }

    private static boolean allowed(String file, String table) {
        return ALLOWED.stream().anyMatch(a -> a.file().equals(file) && a.tables().contains(table));
    }

    private static Map<String, String> owners() {
        Map<String, String> owner = new HashMap<>();
        OWNERS.forEach((module, tables) -> tables.forEach(t -> owner.put(t, module)));
        return owner;
    }

    /**
     * The string literals of a Java source, each chain joined by {@code +} as one text; comments and character
     * literals are skipped. Good enough for this code base's SQL, which is written as literals and text blocks.
     */
    static List<String> literalChains(String source) {
        List<String> chains = new ArrayList<>();
        StringBuilder chain = null;
        boolean afterPlus = false;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = source.indexOf("\"\"\"", start);
                chain = extend(chains, chain, afterPlus, source.substring(start, end));
                afterPlus = false;
                i = end + 3;
            } else if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                chain = extend(chains, chain, afterPlus, source.substring(i + 1, end));
                afterPlus = false;
                i = end + 1;
            } else if (c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                chain = null;
                i = end + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '+' && chain != null && !afterPlus) {
                afterPlus = true;
                i++;
            } else {
                chain = null;
                afterPlus = false;
                i++;
            }
        }
        return chains.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Adds a literal to the open chain after a {@code +}, or starts a new chain with it. */
    private static StringBuilder extend(List<String> chains, StringBuilder chain, boolean afterPlus, String literal) {
        if (chain != null && afterPlus) {
            chain.append(literal);
            chains.set(chains.size() - 1, chain.toString());
            return chain;
        }
        chains.add(literal);
        return new StringBuilder(literal);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
