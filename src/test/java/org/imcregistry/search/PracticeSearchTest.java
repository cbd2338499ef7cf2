package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.RecordLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The public search: stemming per language, weights, facets, syntax that never fails, similar practices. */
@IntegrationTest
@Import(PracticeFixture.class)
class PracticeSearchTest {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    PracticeSearch search;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void eachLanguageFindsOtherFormsOfAWord() {
        long nb = fixture.published(PracticeFixture.content("Felles brannvesen i Glimmerdalen", RecordLanguage.NB,
                "Kommunene i Glimmerdalen samarbeider om et felles brannvesen.", Set.of(), Set.of(), "NO", 2015));
        long pl = fixture.published(PracticeFixture.content("Związek gmin Doliny Kwarków", RecordLanguage.PL,
                "Współpraca gmin Doliny Kwarków obejmuje transport.", Set.of(), Set.of(), "PL", 2016));
        long en = fixture.published(PracticeFixture.content("Quarkton shared libraries", RecordLanguage.EN,
                "The municipalities of Quarkton are sharing their libraries.", Set.of(), Set.of(), "GB", 2017));

        assertThat(ids("kommune Glimmerdalen")).containsExactly(nb);
        assertThat(ids("samarbeidet Glimmerdalen")).containsExactly(nb);
        assertThat(ids("współpracy Kwarków")).containsExactly(pl);
        assertThat(ids("współpraca Kwarków")).containsExactly(pl);
        assertThat(ids("municipality share library Quarkton")).containsExactly(en);
    }

    @Test
    void titleWeighsMoreThanBodyText() {
        long inBody = fixture.published(PracticeFixture.content("Regional cooperation on roads", RecordLanguage.EN,
                "Among many things the cooperation also runs a zyxwatt programme.", Set.of(), Set.of(), "NO", 2018));
        long inTitle = fixture.published(PracticeFixture.content("The zyxwatt programme", RecordLanguage.EN,
                "Municipalities save energy together.", Set.of(), Set.of(), "NO", 2018));
        assertThat(ids("zyxwatt")).containsExactly(inTitle, inBody);
    }

    @Test
    void facetsCountTheWholeResultAndFilterIt() {
        fixture.published(PracticeFixture.content("Blorvik waste", RecordLanguage.EN, "Blorvik sorts waste.",
                Set.of("WASTE"), Set.of(11, 12), "NO", 2019));
        fixture.published(PracticeFixture.content("Blorvik climate plan", RecordLanguage.EN, "Blorvik climate.",
                Set.of("WASTE", "CLIMATE_ENVIRONMENT"), Set.of(13), "PL", 2019));
        long third = fixture.published(PracticeFixture.content("Blorvik buses", RecordLanguage.NB, "Blorvik busser.",
                Set.of("PUBLIC_TRANSPORT"), Set.of(11), "NO", 2021));

        SearchPage all = search.search(SearchQuery.of("blorvik"));
        assertThat(all.total()).isEqualTo(3);
        assertThat(counts(all, Facet.THEME)).isEqualTo(Map.of("WASTE", 2, "CLIMATE_ENVIRONMENT", 1, "PUBLIC_TRANSPORT", 1));
        assertThat(counts(all, Facet.SDG)).isEqualTo(Map.of("11", 2, "12", 1, "13", 1));
        assertThat(counts(all, Facet.COUNTRY)).isEqualTo(Map.of("NO", 2, "PL", 1));
        assertThat(counts(all, Facet.LANGUAGE)).isEqualTo(Map.of("en", 2, "nb", 1));
        assertThat(counts(all, Facet.YEAR)).isEqualTo(Map.of("2019", 2, "2021", 1));

        SearchPage transport = search.search(SearchQuery.of("blorvik").withFilter(Facet.SDG, "11")
                .withFilter(Facet.COUNTRY, "NO").withFilter(Facet.THEME, "PUBLIC_TRANSPORT"));
        assertThat(transport.hits()).extracting(SearchPage.Hit::id).containsExactly(third);
        assertThat(counts(transport, Facet.THEME)).isEqualTo(Map.of("PUBLIC_TRANSPORT", 1));
    }

    @Autowired
    org.imcregistry.municipality.PartnershipRegister register;

    /** The legal form is the register's: the index asks it, for a batch of records at a time. */
    @Test
    void theFormFacetCountsTheLegalFormOfTheRecordsPartnership() {
        fixture.as("member");
        var sogn = register.find(new org.imcregistry.municipality.RegisterFilter("Sogn regionråd", null, null, null,
                null, null), 0, 5).getFirst();
        var base = PracticeFixture.content("Wuxtorp ferries", RecordLanguage.EN, "Wuxtorp ferries.", Set.of(), Set.of(),
                "NO", 2020);
        fixture.published(new org.imcregistry.practice.PracticeContent(base.title(), base.place(), null, "NO", null,
                RecordLanguage.EN, 2020, null, sogn.id(), null, null, null, null, null, null, base.sections(), Set.of(),
                Set.of(), Set.of()));
        fixture.published(PracticeFixture.content("Wuxtorp roads", RecordLanguage.EN, "Wuxtorp roads.", Set.of(),
                Set.of(), "NO", 2020));
        fixture.anonymous();
        assertThat(counts(search.search(SearchQuery.of("wuxtorp")), Facet.FORM))
                .isEqualTo(Map.of(sogn.legalForm().code(), 1));
    }

    @Autowired
    org.imcregistry.practice.Practices practices;

    @Test
    void similarPracticesAndSuggestionsNeverOfferADraft() {
        long published = fixture.published(PracticeFixture.content("Zorbleton shared snow clearing", RecordLanguage.EN,
                "Zorbleton municipalities clear snow together with one fleet of ploughs.", Set.of(), Set.of(), "NO", 2019));
        fixture.as("member");
        long draft = practices.create(PracticeFixture.content("Zorbleton snow clearing, second fleet",
                RecordLanguage.EN, "Zorbleton municipalities clear snow together with a second fleet of ploughs.",
                Set.of(), Set.of(), "NO", 2020));
        fixture.anonymous();
        assertThat(search.similar(published, 10)).extracting(SearchPage.Hit::id).doesNotContain(draft);
        assertThat(search.about("Zorbleton snow ploughs fleet", 10)).extracting(SearchPage.Hit::id)
                .contains(published).doesNotContain(draft);
    }

    @Test
    void aRecordWithoutAStartYearHasNoYearAnywhere() {
        long undated = fixture.published(PracticeFixture.content("Quillmoor shared archive", RecordLanguage.EN,
                "Quillmoor municipalities share an archive.", Set.of(), Set.of(), "NO", null));
        fixture.published(PracticeFixture.content("Quillmoor shared ferry", RecordLanguage.EN,
                "Quillmoor municipalities share a ferry.", Set.of(), Set.of(), "NO", 2012));

        SearchPage page = search.search(SearchQuery.of("quillmoor"));
        assertThat(page.hits()).filteredOn(h -> h.id() == undated).singleElement()
                .satisfies(hit -> assertThat(hit.year()).as("missing, not 0").isNull());
        assertThat(counts(page, Facet.YEAR)).as("no facet value for a missing year").isEqualTo(Map.of("2012", 1));
        assertThat(search.allHits(SearchQuery.of("quillmoor"))).extracting(SearchPage.Hit::year)
                .containsExactlyInAnyOrder(null, 2012);
    }

    @Test
    void syntaxLuceneWouldRejectIsSearchedAsPlainWordsAndOperatorsWork() {
        long waste = fixture.published(PracticeFixture.content("Snarkville waste sorting", RecordLanguage.EN,
                "Snarkville sorts household waste with its neighbours.", Set.of(), Set.of(), "NO", 2020));
        long water = fixture.published(PracticeFixture.content("Snarkville water supply", RecordLanguage.EN,
                "Snarkville shares a water works.", Set.of(), Set.of(), "NO", 2020));

        for (String hostile : new String[] {"snarkville AND (waste", "title:snarkville waste]", "snarkville~~ waste^",
                "\"snarkville waste", "snarkville [waste household}", "snarkville && waste ||", "snarkville \\ waste /",
                "((((((((((((snarkville waste", "snarkville *:* waste", "snarkville " + "(".repeat(3000)}) {
            assertThatCode(() -> search.search(SearchQuery.of(hostile))).as(hostile).doesNotThrowAnyException();
            assertThat(ids(hostile)).as(hostile).contains(waste);
        }
        assertThat(ids("snarkville -waste")).containsExactly(water);
        assertThat(ids("\"water supply\" snarkville")).containsExactly(water);
        assertThat(ids("\"supply water\" snarkville")).isEmpty();
        assertThat(ids("snarkville (waste OR water)")).containsExactlyInAnyOrder(waste, water);
        assertThat(ids("snark* sorting")).containsExactly(waste);

        String thousandWords = "snarkville " + "waste ".repeat(5000);
        SearchPage capped = search.search(SearchQuery.of(thousandWords));
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.hits()).extracting(SearchPage.Hit::id).contains(waste);
    }

    @Test
    void snippetsMarkTheWordsFoundAndEscapeTheRecordsOwnMarkup() {
        fixture.published(PracticeFixture.content("Plimpton <b>bold</b> partnership", RecordLanguage.EN,
                "In Plimpton the <script>alert(1)</script> municipalities cooperate on snow clearing.", Set.of(),
                Set.of(), "NO", 2020));
        SearchPage page = search.search(SearchQuery.of("plimpton cooperation"));
        String snippet = page.hits().getFirst().snippetHtml();
        assertThat(snippet).contains("<mark>Plimpton</mark>", "<mark>cooperate</mark>", "&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void similarPracticesShareTheirCharacteristicWords() {
        long bins = fixture.published(PracticeFixture.content("Wombleton kerbside bins", RecordLanguage.EN,
                "Wombleton collects zorpbins, flimcompost and glass in a joint waste company.", Set.of(),
                Set.of(), "NO", 2020));
        long recycling = fixture.published(PracticeFixture.content("Wombleford recycling company", RecordLanguage.EN,
                "Wombleford runs zorpbins and flimcompost collection through a joint waste company.",
                Set.of(), Set.of(), "NO", 2021));
        fixture.published(PracticeFixture.content("Wombleham choir festival", RecordLanguage.EN,
                "A summer choir festival with concerts in churches.", Set.of(), Set.of(), "NO", 2021));

        assertThat(search.similar(bins, 3)).extracting(SearchPage.Hit::id).first().isEqualTo(recycling);
        assertThat(search.similar(bins, 10)).extracting(SearchPage.Hit::id).doesNotContain(bins);
        assertThat(search.about("zorpbins flimcompost", 3)).extracting(SearchPage.Hit::id)
                .containsExactlyInAnyOrder(bins, recycling);
    }

    private java.util.List<Long> ids(String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(SearchPage.Hit::id).toList();
    }

    private static Map<String, Integer> counts(SearchPage page, Facet facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        page.facets().getOrDefault(facet, java.util.List.of()).forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }
}
