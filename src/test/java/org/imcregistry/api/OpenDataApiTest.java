package org.imcregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.PracticeHolds;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.Practices;
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
 * The open data API's contract as a program meets it over HTTP: the app's search with paging, filters, query syntax
 * and facets; whole records; nothing that is not public. ETags, problem details and CORS: {@link ApiProtocolTest};
 * the dumps and the OpenAPI document: {@link OpenDataDumpsTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "imc.public-url=https://imc.example.org", "imc.api.requests-per-minute=100000"})
@ActiveProfiles("test")
@Import(PracticeFixture.class)
class OpenDataApiTest {

    static final String SITE = "https://imc.example.org";
    static final String HOSTILE = "=HYPERLINK(\"x\")";

    @LocalServerPort
    int port;
    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;
    @Autowired
    PracticeHolds holds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.imcregistry.practice.Adoptions adoptions;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void aRecordIsWholeWithItsLicenceAwardsPartnershipAndAddresses() throws Exception {
        long partnership = jdbc.queryForObject("select min(id) from partnership", Long.class);
        String partnershipName = jdbc.queryForObject("select name from partnership where id = ?", String.class,
                partnership);
        PracticeContent c = record("Shared ferry timetables API", "Three municipalities run one timetable.\n\n- one "
                + "office", "NO", 2019, Set.of("PUBLIC_TRANSPORT"), Set.of(11, 9));
        long id = fixture.published(new PracticeContent(c.title(), c.place(), c.region(), c.country(), c.keywords(),
                c.language(), c.startYear(), 2023, partnership, c.website(), c.contact(), c.contributor(),
                c.researcher(), c.documented(), c.photoCredits(), c.sections(), c.themes(), c.sdgs(), Set.of(),
                RecordLicence.CC_BY_SA_4_0));
        // the author confirmed that the persons named agreed: the contact details are public (ContactConsentApiTest)
        jdbc.update("update practice set contact_consent = true where id = ?", id);
        jdbc.update("insert into practice_award (practice_id, edition_id, label, edition_name) values (?, ?, ?, ?)",
                id, 990_001, "WINNER", "API test edition");

        HttpResponse<String> response = client().get("/api/v1/practices/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();
        JsonNode r = ApiClient.JSON.readTree(response.body());
        assertThat(r.path("id").asLong()).isEqualTo(id);
        assertThat(r.path("url").asString()).isEqualTo(SITE + "/good-practices/" + id);
        assertThat(r.path("apiUrl").asString()).isEqualTo(SITE + "/api/v1/practices/" + id);
        assertThat(r.path("title").asString()).isEqualTo("Shared ferry timetables API");
        assertThat(r.path("language").asString()).isEqualTo("en");
        assertThat(r.path("place").asString()).isEqualTo("Sognefjord");
        assertThat(r.path("region").asString()).isEqualTo("Vestland");
        assertThat(r.path("country").asString()).isEqualTo("NO");
        assertThat(r.path("contact").asString()).isEqualTo("Ola Nordmann\nola@example.org");
        assertThat(r.path("period").path("startYear").asInt()).isEqualTo(2019);
        assertThat(r.path("period").path("endYear").asInt()).isEqualTo(2023);
        assertThat(r.path("partnership").path("id").asLong()).isEqualTo(partnership);
        assertThat(r.path("partnership").path("name").asString()).isEqualTo(partnershipName);
        assertThat(r.path("themes").get(0).path("code").asString()).isEqualTo("PUBLIC_TRANSPORT");
        assertThat(r.path("themes").get(0).path("names").path("en").asString()).isEqualTo("Public transport");
        assertThat(r.path("themes").get(0).path("names").has("nb")).isTrue();
        assertThat(StreamSupport.stream(r.path("sdgs").spliterator(), false).map(g -> g.path("goal").asInt()))
                .containsExactly(9, 11);
        assertThat(r.path("sdgs").get(1).path("names").path("en").asString())
                .isEqualTo("Sustainable cities and communities");
        assertThat(r.path("sections").path("introduction").asString())
                .isEqualTo("Three municipalities run one timetable.\n\n- one office");
        assertThat(r.path("sections").path("main_challenge").asString()).isEqualTo("Weather and tides.");
        assertThat(r.path("sections").has("timing")).as("empty sections are left out").isFalse();
        assertThat(r.path("awards").get(0).path("label").asString()).isEqualTo("WINNER");
        assertThat(r.path("awards").get(0).path("edition").asString()).isEqualTo("API test edition");
        assertThat(r.path("licence").path("spdx").asString()).isEqualTo("CC-BY-SA-4.0");
        assertThat(r.path("licence").path("url").asString()).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(r.path("dateModified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(Instant.parse(r.path("dateModified").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(Instant.parse(r.path("datePublished").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(r.has("region") && r.has("researcher") && r.path("researcher").isNull())
                .as("absent values are null, not left out").isTrue();
    }

    @Test
    void theSearchPagesFiltersAndCountsFacetsWithTheAppsQuerySyntax() throws Exception {
        String word = "zebrafjord" + System.nanoTime() % 100_000;
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fixture.published(record("Ferry " + word + " number " + i, "A " + word + " ferry, route " + i
                    + (i == 0 ? " with night boats" : ""), i < 3 ? "NO" : "PL", 2019 + i % 2,
                    Set.of(i < 4 ? "PUBLIC_TRANSPORT" : "TOURISM_CULTURE"), Set.of(11))));
        }
        await().untilAsserted(() -> assertThat(client().json("/api/v1/practices?q=" + word).path("total").asLong())
                .isEqualTo(5));

        JsonNode first = client().json("/api/v1/practices?q=" + word + "&size=2&sort=newest");
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("pages").asInt()).isEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("links").path("previous").isNull()).isTrue();
        String next = first.path("links").path("next").asString();
        assertThat(next).startsWith(SITE + "/api/v1/practices?").contains("q=" + word, "sort=newest", "page=2",
                "size=2");
        List<Long> seen = new ArrayList<>();
        String page = first.path("links").path("self").asString();
        while (page != null && !page.isEmpty()) {
            JsonNode json = client().json(page.substring(SITE.length()));
            json.path("items").forEach(item -> seen.add(item.path("id").asLong()));
            page = json.path("links").path("next").isNull() ? null : json.path("links").path("next").asString();
        }
        assertThat(seen).as("following next reaches every hit once").containsExactlyInAnyOrderElementsOf(ids);

        JsonNode item = first.path("items").get(0);
        assertThat(item.path("url").asString()).startsWith(SITE + "/good-practices/");
        assertThat(item.path("licence").path("spdx").asString()).isEqualTo("CC-BY-4.0");
        assertThat(item.path("snippetHtml").asString()).contains("<mark>");

        JsonNode facets = client().json("/api/v1/practices?q=" + word).path("facets");
        assertThat(counts(facets.path("theme"))).containsEntry("PUBLIC_TRANSPORT", 4).containsEntry("TOURISM_CULTURE", 1);
        assertThat(counts(facets.path("country"))).containsEntry("NO", 3).containsEntry("PL", 2);
        assertThat(counts(facets.path("sdg"))).containsEntry("11", 5);
        assertThat(facets.has("language") && facets.has("year")).isTrue();

        assertThat(client().json("/api/v1/practices?q=" + word + "&country=NO&theme=PUBLIC_TRANSPORT")
                .path("total").asLong()).isEqualTo(3);
        assertThat(client().json("/api/v1/practices?q=" + word + "&country=no&country=PL&theme=TOURISM_CULTURE")
                .path("total").asLong()).as("values of one facet are alternatives").isEqualTo(1);
        assertThat(client().json("/api/v1/practices?q=" + word + "&year=2020").path("total").asLong()).isEqualTo(2);
        assertThat(client().json("/api/v1/practices?q=" + word + "+-night").path("total").asLong()).isEqualTo(4);
        assertThat(client().json("/api/v1/practices?q=%22with+night+boats%22+" + word).path("total").asLong())
                .isEqualTo(1);
        assertThat(client().json("/api/v1/practices?q=" + word + "+OR+nosuchwordanywhere").path("total").asLong())
                .isEqualTo(5);
    }

    @Test
    void draftsRejectedAndHeldRecordsAreNotFoundAsProblems() throws Exception {
        fixture.as("member");
        long draft = practices.create(record("Draft API ferry", "Not yet.", "NO", 2019, Set.of(), Set.of()));
        long rejected = practices.create(record("Rejected API ferry", "No.", "NO", 2019, Set.of(), Set.of()));
        practices.submit(rejected);
        fixture.as("editor");
        practices.reject(rejected, "Out of scope.");
        long held = fixture.published(record("Held API ferry", "Blind entry.", "NO", 2019, Set.of(), Set.of()));
        fixture.as("manager");
        holds.hold(held, "competition-edition-api-test");
        fixture.anonymous();

        for (String path : List.of("/api/v1/practices/" + draft, "/api/v1/practices/" + rejected,
                "/api/v1/practices/" + held, "/api/v1/practices/987654321", "/api/v1/practices/not-a-record",
                "/api/v1/practices/99999999999999999999", "/api/v1/nothing-here")) {
            HttpResponse<String> response = client().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertProblem(response, 404);
            assertThat(response.body()).as(path).doesNotContain("Draft API", "Rejected API", "Held API");
        }
        assertThat(client().json("/api/v1/practices?q=%22Held+API+ferry%22").path("total").asLong()).isZero();
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotEmpty();
        assertThat(response.body()).doesNotContain("Exception", "at org.", "trace");
        return problem;
    }

    private static Map<String, Integer> counts(JsonNode facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        facet.forEach(v -> counts.put(v.path("value").asString(), v.path("count").asInt()));
        return counts;
    }

    @Test
    void aRecordSaysWhichPartnershipsAdoptItInTheApiAndInBothDumps() throws Exception {
        long sogn = jdbc.queryForObject("select id from partnership where name = 'Sogn regionråd'", Long.class);
        long id = fixture.published(record("Adopted ferry desk", "One desk for the ferries.", "NO", 2021,
                Set.of("PUBLIC_TRANSPORT"), Set.of(11)));
        fixture.as("coordinator");
        adoptions.adopt(id, sogn, "We copy it for Lærdal.");
        fixture.anonymous();

        JsonNode r = ApiClient.JSON.readTree(client().get("/api/v1/practices/" + id).body());
        assertThat(r.path("adoptions")).singleElement().satisfies(a -> {
            assertThat(a.path("partnershipId").asLong()).isEqualTo(sogn);
            assertThat(a.path("partnership").asString()).isEqualTo("Sogn regionråd");
            assertThat(java.time.Instant.parse(a.path("adoptedAt").asString())).isNotNull();
        });
        assertThat(r.toString()).as("the note is the partnership's word in the app, not open data")
                .doesNotContain("Lærdal");

        JsonNode line = client().get("/api/v1/practices.jsonl").body().lines().map(ApiClient.JSON::readTree)
                .filter(n -> n.path("id").asLong() == id).findFirst().orElseThrow();
        assertThat(line.path("adoptions").get(0).path("partnership").asString()).isEqualTo("Sogn regionråd");
        try (var csv = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(client().get("/api/v1/practices.csv").body()))) {
            assertThat(csv.stream().filter(row -> row.get("id").equals(String.valueOf(id))).findFirst().orElseThrow()
                    .get("adopted_by")).isEqualTo("Sogn regionråd");
        }
    }

    private ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    static PracticeContent record(String title, String introduction, String country, int startYear,
            Set<String> themes, Set<Integer> sdgs) {
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        sections.put(PracticeSection.INTRODUCTION, introduction);
        sections.put(PracticeSection.MAIN_CHALLENGE, "Weather and tides.");
        return new PracticeContent(title, "Sognefjord", "Vestland", country, "ferry, timetable",
                RecordLanguage.EN, startYear, null, null, "https://ferry.example.org", "Ola Nordmann\nola@example.org",
                "Ola Nordmann", null, "2024-05-01", null, sections, themes, sdgs, Set.of());
    }
}
