package org.imcregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.municipality.MemberRole;
import org.imcregistry.municipality.PartnershipDraft;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipStatus;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.imcregistry.security.NewAccount;
import org.imcregistry.security.Role;
import org.imcregistry.security.UserAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an attacker, or a careless paste, sends into the forms and the search box. Over-long text is refused
 * with a message naming the field and its limit, and nothing is stored; control characters never reach the
 * database; markup and spreadsheet formulas are kept as the text they are (the views show text, never
 * markup, and the exports neutralise formulas, see TableWriterTest); search survives any syntax.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class HostileInputTest {

    static final String HUGE = "x".repeat(1_000_000);
    static final String CONTROL = "Fjord\u0000 ferry\u0007\u001b[31m\u202e";
    static final String CONTROL_REMOVED = "Fjord ferry[31m\u202e";
    static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired
    PracticeFixture people;
    @Autowired
    Practices practices;
    @Autowired
    PartnershipRegister register;
    @Autowired
    UserAdministration users;
    @Autowired
    Editions editions;
    @Autowired
    PracticeSearch search;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void goodPracticeForm() {
        people.as("member");
        assertRefusedAndNothingStored("practice", "title", () -> practices.create(practice(HUGE, "Intro")));
        assertRefusedAndNothingStored("practice", "INTRODUCTION", () -> practices.create(practice("Title", HUGE)));
        storedAs(text -> practices.create(practice(text, text)),
                id -> practices.details(id).content().title(), id -> practices.details(id).content()
                        .section(PracticeSection.INTRODUCTION));
    }

    @Test
    void partnershipForm() {
        people.as("admin");
        assertRefusedAndNothingStored("partnership", "name", () -> register.create(partnership(HUGE)));
        storedAs(text -> register.create(partnership(text + " " + System.nanoTime())),
                id -> register.details(id).row().name().replaceAll(" \\d+$", ""));
    }

    @Test
    void userAdministrationForm() {
        people.as("admin");
        assertRefusedAndNothingStored("user_account", "displayName", () -> users.create(account("hostile.huge", HUGE)).id());
        int[] n = {0};
        storedAs(text -> users.create(account("hostile.user" + n[0]++, text)).id(),
                id -> jdbc.queryForObject("select display_name from user_account where id = ?", String.class, id));
    }

    @Test
    void competitionEditionForm() {
        people.as("manager");
        assertRefusedAndNothingStored("competition_edition", "name", () -> editions.create(HUGE, 2026));
        storedAs(text -> editions.create(text, 2026), id -> editions.get(id).name());
        long id = editions.create("Fine name", 2026);
        Edition before = editions.get(id);
        assertThatThrownBy(() -> editions.setCategoriesAndRules(id, before.version(), List.of(HUGE),
                List.of("Implemented at least 6 months ago", CONTROL))).isInstanceOf(InvalidInputException.class);
        assertThat(editions.get(id).categories()).isEqualTo(before.categories());
    }

    @Test
    // Not a speed target: a bomb must not hold a core for minutes (a 100,000-letter word once kept the spell
    // checker busy for 217 s); the whole set takes a few seconds.
    @org.junit.jupiter.api.Timeout(60)
    void searchBoxSurvivesSyntaxBombs() {
        people.anonymous();
        long all = search.search(SearchQuery.of("")).total();
        String deepNesting = "(".repeat(50_000) + "ferry" + ")".repeat(50_000);
        String thousandsOfClauses = String.join(" OR ", java.util.Collections.nCopies(20_000, "ferry"));
        String manyPrefixes = String.join(" ", java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "a" + i + "*")
                .toList());
        for (String bomb : List.of(deepNesting, thousandsOfClauses, manyPrefixes, HUGE, CONTROL, SCRIPT, FORMULA,
                "*", "?", "~", "\"", "\\", "-", "-*", "|||", "+-+-", "\u0000")) {
            SearchPage page = search.search(SearchQuery.of(bomb));
            assertThat(page.total()).as(bomb.substring(0, Math.min(40, bomb.length())))
                    .isBetween(0L, all);
        }
        assertThat(search.search(SearchQuery.of(SCRIPT)).hits())
                .allSatisfy(hit -> assertThat(hit.title()).doesNotContain("<script>"));
    }

    /** The form refuses the text with "too long" on that field, and the table has as many rows as before. */
    private void assertRefusedAndNothingStored(String table, String field, LongSupplier save) {
        long before = rows(table);
        assertThatThrownBy(save::getAsLong).isInstanceOfSatisfying(UserFacingException.class, e -> {
            if (e instanceof InvalidInputException invalid) {
                assertThat(invalid.problems()).extracting(Problem::field, Problem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, "validation.too-long"));
            } else {
                assertThat(e.messageKey()).endsWith("too-long");
            }
        });
        assertThat(rows(table)).isEqualTo(before);
    }

    /** Control characters are dropped; markup and formulas are kept as typed. */
    @SafeVarargs
    private void storedAs(Function<String, Long> save, Function<Long, String>... readBack) {
        Map<String, String> expected = Map.of(CONTROL, CONTROL_REMOVED, SCRIPT, SCRIPT, FORMULA, FORMULA);
        expected.forEach((typed, stored) -> {
            long id = save.apply(typed);
            for (Function<Long, String> read : readBack) {
                assertThat(read.apply(id)).isEqualTo(stored);
            }
        });
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static PracticeContent practice(String title, String introduction) {
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        sections.put(PracticeSection.INTRODUCTION, introduction);
        return new PracticeContent(title, "Place", null, "NO", null, RecordLanguage.EN, 2020, null, null, null, null,
                null, null, null, null, sections, Set.of(), Set.of(), Set.of());
    }

    private PartnershipDraft partnership(String name) {
        List<Long> ids = jdbc.queryForList("select id from municipality where name in ('Bergen', 'Askøy') order by name",
                Long.class);
        return new PartnershipDraft(name, null, "NO_IKS", Set.of("IT"), List.of(
                new PartnershipDraft.MemberDraft(ids.get(0), MemberRole.LEAD, null),
                new PartnershipDraft.MemberDraft(ids.get(1), MemberRole.MEMBER, null)), 2020,
                PartnershipStatus.ACTIVE, null, null, null);
    }

    private static NewAccount account(String username, String displayName) {
        return new NewAccount(username, displayName, username + "@example.org", Locale.ENGLISH, Set.of(Role.MEMBER));
    }
}
