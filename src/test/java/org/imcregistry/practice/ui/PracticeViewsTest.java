package org.imcregistry.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.RoundResults;
import org.imcregistry.assessment.RoundResultsView;
import org.imcregistry.assessment.RoundStatus;
import org.imcregistry.assessment.RoundViews.RoundSummary;
import org.imcregistry.assessment.ui.RoundResultsPage;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.PracticeStatus;
import org.imcregistry.practice.PracticeTextImportTestAccess;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.imcregistry.ui.EmptyState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/** The good-practice pages as people use them: search by URL, facets, record page, editor, import, learning loop. */
@IntegrationTest
@Import(PracticeFixture.class)
class PracticeViewsTest extends BrowserlessTestSupport {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    RoundResults results;
    @Autowired
    org.imcregistry.search.PracticeSearch search;
    @Autowired
    org.imcregistry.municipality.PublicLists lists;

    @Test
    void theUrlCarriesTheSearchAndATickedFacetNarrowsIt() {
        fixture.published(PracticeFixture.content("Frobisham ferry", RecordLanguage.EN, "Frobisham ferry crossing.",
                Set.of("PUBLIC_TRANSPORT"), Set.of(11), "NO", 2019));
        fixture.published(PracticeFixture.content("Frobisham school", RecordLanguage.EN, "Frobisham school meals.",
                Set.of("EDUCATION"), Set.of(4), "PL", 2020));
        fixture.anonymous();

        open("practices?q=frobisham");
        PracticesView view = (PracticesView) getCurrentView();
        assertThat(view.box.getValue()).isEqualTo("frobisham");
        assertThat(view.results.getElement().getTextRecursively()).contains("2 practices found", "Frobisham ferry",
                "Frobisham school");

        Checkbox poland = $(Checkbox.class).withCaption("Poland (1)").single();
        test(poland).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("practices?q=frobisham&country=PL");
        assertThat(((PracticesView) getCurrentView()).results.getElement().getTextRecursively())
                .contains("1 practice found", "Frobisham school").doesNotContain("Frobisham ferry");
    }

    @Test
    void theResultListExportsToAWorkbookWithLabelsInTheReadersLanguage() {
        fixture.published(PracticeFixture.content("Glowmere night buses", RecordLanguage.NB, "Glowmere nattbuss.",
                Set.of("PUBLIC_TRANSPORT"), Set.of(11), "NO", 2021));
        fixture.anonymous();
        var hits = search.allHits(org.imcregistry.search.SearchQuery.of("glowmere"));
        byte[] xlsx = new SearchExport(lists, new org.imcregistry.common.PublicLinks("https://imc.example.org/"),
                Locale.ENGLISH, (key, args) -> UI.getCurrent().getTranslation(key, args)).workbook(hits);

        var table = org.imcregistry.common.table.TableReader.read("export.xlsx", xlsx);
        assertThat(table.rows()).hasSize(1);
        var row = table.rows().getFirst();
        assertThat(row.get("title")).isEqualTo("Glowmere night buses");
        assertThat(row.get("country")).isEqualTo("Norway");
        assertThat(row.get("themes")).isEqualTo("Public transport");
        assertThat(row.get("sustainable_development_goals")).isEqualTo("SDG 11: Sustainable cities and communities");
        assertThat(row.get("language_of_the_record")).isEqualTo("Norwegian");
        assertThat(row.get("link")).as("an absolute, permanent link from the configured public URL")
                .isEqualTo("https://imc.example.org/good-practices/" + hits.getFirst().id());
    }

    @Test
    void hostileUrlsShowResultsOrAHelpfulEmptyStateNeverAnError() {
        for (String url : List.of("practices?q=%22unclosed+(((+title:x+AND", "practices?page=-5&sort=%3Cscript%3E",
                "practices?theme=NOPE&sdg=99&q=" + "x".repeat(3000), "practices?year=abc")) {
            open(url);
            assertThat(getCurrentView()).as(url).isInstanceOf(PracticesView.class);
            assertThat(((PracticesView) getCurrentView()).results.getElement().getTextRecursively()).as(url)
                    .containsAnyOf("found");
        }
        open("practices?q=qwertyuiopzzz");
        assertThat($(EmptyState.class).single().getElement().getTextRecursively()).contains("No good practice matches");
    }

    @Test
    void anUnpublishedRecordIsNotShownToVisitorsAndAPublishedOneShowsItsSectionsAndSimilarOnes() {
        fixture.as("member");
        long draft = practices.create(PracticeFixture.content("Secret draft", RecordLanguage.EN, "Not yet.", Set.of(),
                Set.of(), null, null));
        fixture.anonymous();
        UI.getCurrent().navigate(PracticeView.class, new RouteParameters("id", String.valueOf(draft)));
        assertThat($(EmptyState.class).single().getElement().getTextRecursively()).contains("Practice not available");
        UI.getCurrent().navigate("practices/not-a-number");
        assertThat($(EmptyState.class).exists()).isTrue();

        UI.getCurrent().navigate(PracticeView.class, new RouteParameters("id", "1"));
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Sogn for all", "Introduction", "Main challenge", "Concluding remarks",
                "Partnership: Sogn regionråd", "SDG 4: Quality education", "Similar practices", "Shahnaz Amin Haaq");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("https://www.sogn.regionraad.no");
    }

    @Test
    @WithUserDetails("member")
    void theSecondSaveIsRefusedAndTheTypedTextStaysInTheForm() {
        long id = practices.create(PracticeFixture.content("Shared lawyers", RecordLanguage.EN, "One lawyer.",
                Set.of(), Set.of(), null, null));
        UI.getCurrent().navigate(PracticeEditorView.class, new RouteParameters("id", String.valueOf(id)));
        PracticeEditorView editor = (PracticeEditorView) getCurrentView();
        editor.sections.get(PracticeSection.RESOURCES).setValue("My careful paragraph about costs.");

        // meanwhile the same record is saved from another tab
        var other = practices.details(id);
        practices.update(id, other.version(), new PracticeContent("Shared lawyers (2)", null, null, null, null,
                RecordLanguage.EN, null, null, null, null, null, null, null, null, null, other.content().sections(),
                Set.of(), Set.of(), Set.of()));

        editor.save();

        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getElement().getTextRecursively()).contains("Someone else saved this record");
        assertThat(editor.sections.get(PracticeSection.RESOURCES).getValue())
                .isEqualTo("My careful paragraph about costs.");
        assertThat(practices.details(id).content().title()).isEqualTo("Shared lawyers (2)");
    }

    @Test
    @WithUserDetails("member")
    void aDocumentInTheTemplateBecomesADraftWithItsNotes() throws Exception {
        MyPracticesView view = navigate(MyPracticesView.class);
        view.importDocument("sogn.txt", Files.readAllBytes(PracticeTextImportTestAccess.seed()));
        assertThat(view.importReport.getElement().getTextRecursively()).contains("The draft was created",
                "Success parameters", "Open the draft");
        assertThat(practices.mine()).anySatisfy(row -> {
            assertThat(row.title()).isEqualTo("Sogn for all");
            assertThat(row.status()).isEqualTo(PracticeStatus.DRAFT);
        });

        int before = practices.mine().size();
        view.importDocument("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertThat(view.importReport.getElement().getTextRecursively()).contains("Choose a document");
        view.importDocument("latin1.txt", new byte[] {'B', (byte) 0xE6, 'r', 'u', 'm'});
        assertThat(view.importReport.getElement().getTextRecursively()).contains("not UTF-8");
        assertThat(practices.mine()).hasSize(before);
    }

    @Test
    @WithUserDetails("member")
    void aWordBrochureBecomesDraftsListedInOneReportAndARefusedFileChangesNothing() throws Exception {
        MyPracticesView view = navigate(MyPracticesView.class);
        int before = practices.mine().size();

        view.importDocument("brochure.docx", org.imcregistry.practice.DocumentImportTestAccess.brochureDocx());

        assertThat(view.importReport.getElement().getTextRecursively()).contains("2 drafts were created",
                "Sogn for all", "Felles innkjøp", "The section \"Success parameters\" holds no text",
                "1 image found in the document", "Open the draft");
        assertThat(practices.mine()).hasSize(before + 2);
        long sogn = practices.mine().stream().filter(r -> r.title().equals("Sogn for all")).findFirst().orElseThrow().id();
        assertThat(practices.details(sogn).content().section(PracticeSection.IMPEDIMENTS))
                .startsWith("In our further work").endsWith("different municipal departments");
        assertThat(practices.details(sogn).status()).isEqualTo(PracticeStatus.DRAFT);

        view.importDocument("macros.docm", org.imcregistry.practice.DocumentImportTestAccess.brochureDocx());
        assertThat(view.importReport.getElement().getTextRecursively()).contains("Documents with macros");
        view.importDocument("broken.odt", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(view.importReport.getElement().getTextRecursively()).contains("cannot be read");
        assertThat(practices.mine()).hasSize(before + 2);
    }

    @Test
    @WithUserDetails("coordinator")
    void aWeakCriterionOnTheResultsLeadsToPracticesThatAddressIt() {
        long closed = rounds.mine().stream().filter(r -> r.status() == RoundStatus.CLOSED)
                .map(RoundSummary::id).findFirst().orElseThrow();
        RoundResultsView view = results.results(closed);
        assertThat(view.weaknesses()).isNotEmpty();
        var weakest = view.weaknesses().getFirst().criterion();
        String terms = weakest.searchTerms().in(Locale.ENGLISH);
        long practice = fixture.published(PracticeFixture.content("Quaxford shows how: "
                + weakest.title().in(Locale.ENGLISH), RecordLanguage.EN, terms + ". " + terms + ".", Set.of(), Set.of(),
                "NO", 2020));
        fixture.as("coordinator");

        UI.getCurrent().navigate(RoundResultsPage.class, new RouteParameters("id", String.valueOf(closed)));

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Learn from others");
        assertThat($(RouterLink.class).all()).anySatisfy(link -> {
            assertThat(link.getText()).startsWith("Quaxford shows how");
            assertThat(link.getHref()).isEqualTo("practices/" + practice);
        });
    }

    /** Opens a URL with its query string, as a shared link or the back button would. */
    private static void open(String url) {
        int question = url.indexOf('?');
        UI.getCurrent().navigate(url.substring(0, question),
                com.vaadin.flow.router.QueryParameters.fromString(url.substring(question + 1)));
    }
}
