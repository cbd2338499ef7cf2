package org.imcregistry.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.PracticeHolds;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.PublishedRecords;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.practice.RecordLicence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A published record's permanent page as a browser, a crawler or a link preview fetches it over HTTP: the whole
 * record in the first response, its head for search engines, text always as text, and nothing that is not public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "imc.public-url=https://imc.example.org", "imc.public-web.page-size=4", "imc.public-web.sitemap-size=4"})
@ActiveProfiles("test")
@Import(PracticeFixture.class)
class PublicPagesTest {

    static final String SITE = "https://imc.example.org";
    static final String HOSTILE = "</script><script>alert('t')</script><!-- =HYPERLINK(\"http://evil.example\",\"x\")";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;
    @Autowired
    PracticeHolds holds;
    @Autowired
    PublishedRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Adoptions adoptions;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void thePublicPageHoldsTheWholeRecordAndTellsSearchEnginesWhatItIs() throws Exception {
        long id = fixture.published(record("Shared ferry timetables", "Three municipalities run one timetable.\n\n"
                + "It started in 2019.\n- one office\n- one website", "Weather and tides."));
        HttpResponse<String> response = client().get("/good-practices/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        String page = response.body();
        assertThat(page).as("rendered on the server, not by Vaadin's client").doesNotContain("window.Vaadin")
                .contains("<h1>Shared ferry timetables", "<p>Three municipalities run one timetable.</p>",
                        "<li>one office</li>", "<li>one website</li>", "Weather and tides.", "Sognefjord, Vestland",
                        "Norway", "2019–2023", "Public transport", "SDG 11: Sustainable cities and communities",
                        "Main challenge", "Ola Nordmann", "https://ferry.example.org", "href=\"" + SITE + "/practices/" + id + "\"")
                .contains("<html lang=\"en\"", "<link rel=\"canonical\" href=\"" + SITE + "/good-practices/" + id + "\">",
                        "hreflang=\"en\"", "<meta property=\"og:url\" content=\"" + SITE + "/good-practices/" + id + "\">",
                        "<meta property=\"og:title\" content=\"Shared ferry timetables\">",
                        "<meta property=\"og:type\" content=\"article\">", "<meta name=\"twitter:card\" content=\"summary\">",
                        "<meta name=\"description\" content=\"Three municipalities run one timetable. It started in 2019.");

        JsonNode ld = PublicWebClient.jsonLd(page);
        assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.path("name").asString()).isEqualTo("Shared ferry timetables");
        assertThat(ld.path("url").asString()).isEqualTo(SITE + "/good-practices/" + id);
        assertThat(ld.path("description").asString()).startsWith("Three municipalities run one timetable.");
        assertThat(ld.path("inLanguage").asString()).isEqualTo("en");
        assertThat(ld.path("spatialCoverage").path("name").asString()).isEqualTo("Sognefjord, Vestland, Norway");
        assertThat(ld.path("spatialCoverage").path("address").path("addressCountry").asString()).isEqualTo("NO");
        assertThat(java.util.stream.StreamSupport.stream(ld.path("about").spliterator(), false)
                .map(a -> a.path("name").asString()).toList())
                .contains("Public transport", "SDG 11: Sustainable cities and communities");
        assertThat(Instant.parse(ld.path("dateModified").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(ld.path("license").asString()).as("the default licence")
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(page).contains("<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0");
    }

    @Test
    void theLicenceTheAuthorChoseIsOnThePageInItsJsonLdAndInTheFeed() throws Exception {
        PracticeContent c = record("Ferry timetables in the public domain", "Reuse freely.", null);
        long id = fixture.published(new PracticeContent(c.title(), c.place(), c.region(), c.country(), c.keywords(),
                c.language(), c.startYear(), c.endYear(), c.partnershipId(), c.website(), c.contact(), c.contributor(),
                c.researcher(), c.documented(), c.photoCredits(), c.sections(), c.themes(), c.sdgs(), c.municipalities(),
                RecordLicence.CC0_1_0));
        assertThat(records.find(id).orElseThrow().content().licence()).isEqualTo(RecordLicence.CC0_1_0);
        String page = client().get("/good-practices/" + id).body();
        assertThat(page).contains(">CC0 1.0 (public domain, no conditions)</a>",
                "<link rel=\"license\" href=\"https://creativecommons.org/publicdomain/zero/1.0/\">");
        assertThat(PublicWebClient.jsonLd(page).path("license").asString())
                .isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        String feed = client().get("/feed.atom?q=%22public+domain%22").body();
        assertThat(PublicWebClient.entryTexts(PublicWebClient.xml(feed), "title"))
                .containsExactly("Ferry timetables in the public domain");
        assertThat(feed).contains("<link rel=\"license\" type=\"text/html\" href=\"https://creativecommons.org/publicdomain/zero/1.0/\"/>");
    }

    @Test
    void thePageSaysHowManyPartnershipsAdoptTheRecordAndNamesThem() throws Exception {
        long id = fixture.published(record("Adopted ferry timetables", "Two partnerships use it.", null));
        assertThat(client().get("/good-practices/" + id).body()).contains("Not adopted by a partnership yet");
        long sogn = jdbc.queryForObject("select id from partnership where name = 'Sogn regionråd'", Long.class);
        fixture.as("coordinator");
        adoptions.adopt(id, sogn, "Sogn runs it too.");
        fixture.as("member");
        adoptions.adopt(id, jdbc.queryForObject("select id from partnership where name = ?", Long.class,
                "Stowarzyszenie Metropolia Krakowska"), "So does Kraków.");
        fixture.anonymous();

        String page = client().get("/good-practices/" + id).body();
        assertThat(page).contains("Adopted by 2 partnerships", "href=\"/partnerships/" + sogn + "\"",
                ">Sogn regionråd</a>", ">Stowarzyszenie Metropolia Krakowska</a>")
                .as("the notes stay in the app").doesNotContain("Sogn runs it too.");
        assertThat(client().get("/good-practices/" + id, "nb").body()).contains("Tatt i bruk av 2 samarbeid");
    }

    @Test
    void thePagesOwnTextsSpeakTheVisitorsLanguageAndTheRecordKeepsItsOwn() throws Exception {
        long id = fixture.published(record("Wspólny rozkład promów", "Trzy gminy prowadzą jeden rozkład.", null));
        String polish = client().get("/good-practices/" + id, "de, pl;q=0.8").body();
        assertThat(polish).contains("<header class=\"site-header\" lang=\"pl\">", "Najnowsze", "Wprowadzenie",
                "Trzy gminy prowadzą jeden rozkład.");
        String norwegian = client().get("/good-practices/" + id, "nn").body();
        assertThat(norwegian).contains("lang=\"nb\"", "Nyeste", "Trzy gminy prowadzą jeden rozkład.");
        assertThat(client().get("/good-practices/" + id).headers().allValues("Vary")).anySatisfy(
                vary -> assertThat(vary).contains("Accept-Language"));
    }

    @Test
    void aHostileRecordIsTextOnThePageInItsJsonLdInTheListsAndInTheFeed() throws Exception {
        long id = fixture.published(record(HOSTILE, "<img src=x onerror=alert(1)> & </script> " + HOSTILE, null));
        String page = client().get("/good-practices/" + id).body();
        assertThat(page).as("the only script is the JSON-LD block").containsOnlyOnce("<script")
                .containsOnlyOnce("</script>").doesNotContain("<img src=x", "<script>alert", "<!-- =HYPERLINK")
                .contains("&lt;/script&gt;&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;&lt;!-- =HYPERLINK(&quot;");
        assertThat(PublicWebClient.rawJsonLd(page)).doesNotContain("<", ">", "&");
        assertThat(PublicWebClient.jsonLd(page).path("name").asString()).isEqualTo(HOSTILE);

        await().untilAsserted(() -> assertThat(client().get("/good-practices/themes/PUBLIC_TRANSPORT").body())
                .contains("/good-practices/" + id + "\""));
        assertThat(client().get("/good-practices/themes/PUBLIC_TRANSPORT").body()).doesNotContain("<script", "<img src=x")
                .contains("&lt;/script&gt;&lt;script&gt;alert(&#39;t&#39;)", "&lt;img src=x onerror=alert(1)&gt; &amp;");
        var feed = PublicWebClient.xml(client().get("/feed.atom").body());
        assertThat(PublicWebClient.entryTexts(feed, "title")).contains(HOSTILE);
        assertThat(PublicWebClient.entryTexts(feed, "summary")).anySatisfy(s -> assertThat(s).startsWith("<img src=x"));
        assertThat(sitemapLocations()).contains(SITE + "/good-practices/" + id);
    }

    @Test
    void draftsRejectedAndHeldRecordsAreNotFoundWithAFriendlyPage() throws Exception {
        fixture.as("member");
        long draft = practices.create(record("Draft ferry", "Not yet.", null));
        long rejected = practices.create(record("Rejected ferry", "No.", null));
        practices.submit(rejected);
        fixture.as("editor");
        practices.reject(rejected, "Out of scope.");
        long held = fixture.published(record("Held ferry", "Blind entry.", null));
        fixture.as("manager");
        holds.hold(held, "competition-edition-test");
        fixture.as("editor");
        assertThat(records.find(draft)).as("who asks makes no difference").isEmpty();
        assertThat(records.find(held)).isEmpty();

        for (String path : List.of("/good-practices/" + draft, "/good-practices/" + rejected, "/good-practices/" + held,
                "/good-practices/987654321", "/good-practices/99999999999999999999", "/good-practices/not-a-record",
                "/good-practices/themes/NO_SUCH_THEME", "/good-practices/countries/XX", "/good-practices/sdgs/18",
                "/good-practices?page=999", "/good-practices?page=abc", "/sitemaps/999999.xml")) {
            HttpResponse<String> response = client().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found", "href=\"/good-practices\"")
                    .doesNotContain("Exception", "at org.", "Draft ferry", "Rejected ferry", "Held ferry");
        }
    }

    @Test
    void theSitemapAndTheFeedListExactlyThePublicRecords() throws Exception {
        fixture.as("member");
        long draft = practices.create(record("Unlisted draft ferry", "Not yet.", null));
        long published = fixture.published(record("Listed ferry", "Listed.", null));
        long held = fixture.published(record("Unlisted held ferry", "Held.", null));
        fixture.as("manager");
        holds.hold(held, "competition-edition-test-2");
        Set<String> expected = publicAddresses();
        assertThat(expected).contains(SITE + "/good-practices/" + published)
                .doesNotContain(SITE + "/good-practices/" + draft, SITE + "/good-practices/" + held);

        assertThat(sitemapLocations()).containsExactlyInAnyOrderElementsOf(expected);

        await().untilAsserted(() -> assertThat(PublicWebClient.entryTexts(
                PublicWebClient.xml(client().get("/feed.atom").body()), "id")).containsExactlyInAnyOrderElementsOf(expected));
        var filtered = PublicWebClient.xml(client().get("/feed.atom?q=ferry&theme=PUBLIC_TRANSPORT&sort=relevance").body());
        assertThat(PublicWebClient.entryTexts(filtered, "title")).contains("Listed ferry")
                .doesNotContain("Unlisted held ferry", "Unlisted draft ferry");
    }

    @Test
    void everyPublicRecordIsReachableByFollowingTheListsPages() throws Exception {
        fixture.published(record("Reachable ferry", "Reachable.", null));
        Set<String> expected = publicAddresses();
        Set<String> found = new java.util.HashSet<>();
        String next = "/good-practices";
        int pages = 0;
        while (next != null && pages++ < 100) {
            String html = client().get(next).body();
            var records = java.util.regex.Pattern.compile("<a href=\"(/good-practices/\\d+)\"").matcher(html);
            while (records.find()) {
                found.add(SITE + records.group(1));
            }
            var link = java.util.regex.Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"").matcher(html);
            next = link.find() ? link.group(1) : null;
        }
        assertThat(pages).as("4 a page").isGreaterThan(2);
        assertThat(found).isEqualTo(expected);
        assertThat(client().get("/good-practices/countries").body()).contains("href=\"/good-practices/countries/NO\"");
        assertThat(client().get("/good-practices/sdgs").body()).contains("href=\"/good-practices/sdgs/11\"");
        assertThat(client().get("/good-practices/themes").body()).contains("href=\"/good-practices/themes/PUBLIC_TRANSPORT\"");
    }

    @Test
    void robotsPointsAtTheSitemapAndKeepsCrawlersOutOfTheApp() throws Exception {
        String robots = client().get("/robots.txt").body();
        assertThat(robots).contains("Allow: /good-practices\n", "Sitemap: " + SITE + "/sitemap.xml",
                "Disallow: /practices\n", "Disallow: /admin\n", "Disallow: /respond/\n", "Disallow: /invitation/\n",
                "Disallow: /reset-password/\n");
        assertThat(client().get("/public.css").statusCode()).isEqualTo(200);
    }

    /**
     * Every record address of the sitemap; at 4 records a file (this test's setting) it is an index of parts, each
     * a valid urlset with a time of last change for every address.
     */
    private List<String> sitemapLocations() throws Exception {
        var main = PublicWebClient.xml(client().get("/sitemap.xml").body());
        assertThat(main.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> records = new java.util.ArrayList<>();
        for (String part : PublicWebClient.texts(main, Sitemaps.NAMESPACE, "loc")) {
            assertThat(part).startsWith(SITE + "/sitemaps/");
            HttpResponse<String> response = client().get(part.substring(SITE.length()));
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/xml"));
            var urls = PublicWebClient.xml(response.body());
            List<String> locations = PublicWebClient.texts(urls, Sitemaps.NAMESPACE, "loc");
            assertThat(locations).hasSizeBetween(1, 4).allSatisfy(l -> assertThat(l).matches(".*/good-practices/\\d+"));
            assertThat(PublicWebClient.texts(urls, Sitemaps.NAMESPACE, "lastmod")).hasSameSizeAs(locations)
                    .allSatisfy(Instant::parse);
            records.addAll(locations);
        }
        return records;
    }

    private PublicWebClient client() {
        return new PublicWebClient("http://localhost:" + port);
    }

    private Set<String> publicAddresses() {
        return Set.copyOf(jdbc.queryForList("select p.id from practice p where p.status = 'PUBLISHED' and not exists"
                + " (select 1 from practice_hold h where h.practice_id = p.id)", Long.class).stream()
                .map(id -> SITE + "/good-practices/" + id).toList());
    }

    static PracticeContent record(String title, String introduction, String challenge) {
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        sections.put(PracticeSection.INTRODUCTION, introduction);
        if (challenge != null) {
            sections.put(PracticeSection.MAIN_CHALLENGE, challenge);
        }
        return new PracticeContent(title, "Sognefjord", "Vestland", "NO", "ferry, timetable " + SERIAL.incrementAndGet(),
                RecordLanguage.ofCode(title.startsWith("Wsp") ? "pl" : "en"), 2019, 2023, null,
                "https://ferry.example.org", "Ola Nordmann\nola@example.org", "Ola Nordmann", null,
                "2024-05-01", null, sections, Set.of("PUBLIC_TRANSPORT"), Set.of(11), Set.of());
    }
}
