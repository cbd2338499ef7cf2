package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.imcregistry.IntegrationTest;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.competition.Editions;
import org.imcregistry.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every view, rendered in Norwegian and in Polish with the demo data, shows no text that is the English message of
 * a key: an untranslated copy in a bundle, or an English text that reached the screen some other way (an edition's
 * criteria in English only, for instance). Words that are the same in the three languages are listed with why.
 */
@IntegrationTest
class TranslatedViewsTest extends BrowserlessTestSupport {

    /** The same word in Norwegian or Polish, a name, or a technical code: not an untranslated copy. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Administrator", "Status", "Region", "Respondent",
            "Jury", "Juror", "Ranking", "Register", "Likert", "Id", "Message-ID", "IMC Registry",
            // the language menu names each language in itself; Polish for "roles" is "Role"
            "English", "Role");

    private static final List<String> PROPERTIES = List.of("label", "placeholder", "title", "helperText",
            "errorMessage", "accessibleName", "header", "ariaLabel", "text");
    private static final List<String> ATTRIBUTES = List.of("label", "placeholder", "title", "aria-label",
            "helper-text", "error-message", "header");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    Editions editions;

    @AfterEach
    void tearDown() {
        signOut();
    }

    @Test
    void everyViewSpeaksNorwegianAndPolish() throws IOException {
        Map<String, String> english = bundle("messages.properties");
        Map<String, Role> views = views();
        Set<String> rendered = new TreeSet<>(views.keySet().stream().map(TranslatedViewsTest::template).toList());
        assertThat(rendered).as("every route is rendered").containsAll(routes());
        List<String> found = new ArrayList<>();
        for (Locale locale : List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("pl"))) {
            for (Map.Entry<String, Role> view : views.entrySet()) {
                for (String text : render(view.getKey(), view.getValue(), locale)) {
                    String key = english.get(text);
                    if (key != null && !SAME_IN_EVERY_LANGUAGE.contains(text)) {
                        found.add(locale + " /" + view.getKey() + ": \"" + text + "\" (" + key + ")");
                    }
                }
            }
        }
        assertThat(found).as("English texts on Norwegian and Polish pages").isEmpty();
    }

    /** The test fails when it should: an English page has plenty of English messages in it. */
    @Test
    void anEnglishPageIsCaught() throws IOException {
        Map<String, String> english = bundle("messages.properties");
        List<String> page = render("competitions", Role.MANAGER, Locale.ENGLISH);
        assertThat(page).anyMatch(english::containsKey);
        assertThat(render("", null, Locale.ENGLISH)).anyMatch(english::containsKey);
    }

    /** Each address to render and who looks at it (null: an anonymous visitor), with the demo data's ids. */
    private Map<String, Role> views() {
        String practice = String.valueOf(jdbc.queryForObject("select min(id) from practice where status = 'PUBLISHED'",
                Long.class));
        String partnership = String.valueOf(jdbc.queryForObject("select min(id) from partnership", Long.class));
        signInAs(Role.MANAGER);
        String edition = String.valueOf(editions.all().stream().filter(e -> e.name().equals("IMC good practices"))
                .findFirst().orElseThrow().id());
        signInAs(Role.COORDINATOR);
        String round = String.valueOf(rounds.mine().stream().filter(r -> r.coordinator()).findFirst().orElseThrow()
                .id());
        signOut();
        Map<String, Role> views = new LinkedHashMap<>();
        views.put("", null);
        views.put("practices", null);
        views.put("practices/map", null);
        views.put("practices/" + practice, null);
        views.put("practices/mine", Role.EDITOR);
        views.put("practices/edit", Role.EDITOR);
        views.put("practices/edit/" + practice, Role.EDITOR);
        views.put("practices/import", Role.EDITOR);
        views.put("practices/glossary", Role.EDITOR);
        views.put("partnerships", Role.COORDINATOR);
        views.put("partnerships/overview", Role.COORDINATOR);
        views.put("partnerships/" + partnership, Role.ADMIN);
        views.put("partnerships/new", Role.ADMIN);
        views.put("partnerships/lists", Role.ADMIN);
        views.put("partnerships/municipalities", Role.ADMIN);
        views.put("partnerships/import", Role.ADMIN);
        views.put("assessments", Role.COORDINATOR);
        views.put("assessments/frameworks", Role.ADMIN);
        views.put("assessments/" + round + "/answer", Role.COORDINATOR);
        views.put("assessments/" + round + "/results", Role.COORDINATOR);
        views.put("assessments/" + round + "/consensus", Role.COORDINATOR);
        views.put("assessments/" + round + "/respondents", Role.COORDINATOR);
        views.put("respond/not-a-token", null);
        views.put("respond/not-a-token/no-reminders", null);
        views.put("competitions", Role.MANAGER);
        views.put("competitions/" + edition, Role.MANAGER);
        views.put("competitions/" + edition + "/judge", Role.JUROR);
        views.put("admin/mail", Role.ADMIN);
        views.put("admin/users", Role.ADMIN);
        views.put("admin/privacy", Role.ADMIN);
        views.put("admin/privacy/person", Role.ADMIN);
        views.put("account", Role.MEMBER);
        views.put("login", null);
        views.put("forgot-password", null);
        views.put("reset-password/not-a-token", null);
        views.put("invitation/not-a-token", null);
        return views;
    }

    /** Every visible text of the page (layout included): text nodes, labels, placeholders, grid headers and cells. */
    private List<String> render(String path, Role user, Locale locale) {
        if (user == null) {
            signOut();
        } else {
            signInAs(user);
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(path);
        // the layout outlives a navigation: rebuilt, as the language menu does, so that it is in this language too
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("%s opens as itself", path)
                .isEqualTo(path);
        Set<String> texts = new LinkedHashSet<>();
        // the outermost layout of the page: the header, the navigation and the view within
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        collect(chain.getLast().getElement(), texts);
        for (Grid<?> grid : $(Grid.class).all()) {
            cells(grid, texts);
        }
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static void collect(Element element, Set<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        for (String property : PROPERTIES) {
            Object value = element.getPropertyRaw(property);
            if (value instanceof String text) {
                texts.add(text);
            }
        }
        for (String attribute : ATTRIBUTES) {
            if (element.hasAttribute(attribute)) {
                texts.add(Objects.requireNonNullElse(element.getAttribute(attribute), ""));
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void cells(Grid grid, Set<String> texts) {
        var tester = test(grid);
        int columns = grid.getColumns().size();
        for (int column = 0; column < columns; column++) {
            try {
                texts.add(String.valueOf(tester.getHeaderCell(column)));
            } catch (RuntimeException notText) {
                // a header made of components is collected with the page's elements
            }
            for (int row = 0; row < Math.min(5, tester.size()); row++) {
                try {
                    texts.add(tester.getCellText(row, column));
                } catch (RuntimeException notText) {
                    // a column of components (buttons) has no text of its own; their texts are elements
                }
            }
        }
    }

    private static Map<String, String> bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(Objects.requireNonNull(TranslatedViewsTest.class.getClassLoader()
                .getResourceAsStream(name)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        // English text -> its key; only messages without arguments, which a page shows exactly as written
        Map<String, String> byText = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            String text = value.toString().replace("''", "'").strip();
            if (!text.contains("{") && text.chars().anyMatch(Character::isLetter)) {
                byText.putIfAbsent(text, key.toString());
            }
        });
        return byText;
    }

    private static String template(String path) {
        return path.replaceAll("^practices/\\d+$", "practices/:id").replaceAll("^practices/edit/\\d+$",
                        "practices/edit/:id?").replaceAll("^practices/edit$", "practices/edit/:id?")
                .replaceAll("^partnerships/\\d+$", "partnerships/:id").replaceAll("^assessments/\\d+/", "assessments/:id/")
                .replaceAll("^competitions/\\d+", "competitions/:id").replace("not-a-token", ":token");
    }

    private static Set<String> routes() {
        Set<String> templates = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            templates.add(route.getTemplate());
        }
        return templates;
    }
}
