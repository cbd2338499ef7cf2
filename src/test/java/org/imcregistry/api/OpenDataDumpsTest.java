package org.imcregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imcregistry.practice.PracticeFixture;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The open data API's bulk downloads and its description, as a harvester meets them over HTTP: the JSON Lines and CSV
 * dumps list exactly the public records, whole, with their licence, and no CSV cell is a formula; the OpenAPI
 * document lists the API and the Swagger UI is served (not swallowed by Vaadin). Same application context as
 * {@link OpenDataApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "imc.public-url=https://imc.example.org", "imc.api.requests-per-minute=100000"})
@ActiveProfiles("test")
@Import(PracticeFixture.class)
class OpenDataDumpsTest {

    static final String SITE = OpenDataApiTest.SITE;
    static final String HOSTILE = OpenDataApiTest.HOSTILE;

    @LocalServerPort
    int port;
    @Autowired
    PracticeFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void theJsonLinesDumpListsExactlyThePublicRecordsWhole() throws Exception {
        fixture.published(record(HOSTILE, "Dumped."));
        HttpResponse<String> response = client().get("/api/v1/practices.jsonl");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/jsonl"));
        List<Long> ids = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            JsonNode record = ApiClient.JSON.readTree(line);
            ids.add(record.path("id").asLong());
            assertThat(record.path("licence").path("spdx").asString()).isNotEmpty();
            assertThat(record.path("url").asString()).isEqualTo(SITE + "/good-practices/" + record.path("id").asLong());
            if (record.path("title").asString().equals(HOSTILE)) {
                assertThat(record.path("sections").path("introduction").asString()).isEqualTo("Dumped.");
            }
        }
        assertThat(response.body()).endsWith("\n");
        assertThat(ids).as("in id order, each once").isSorted().doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(publicIds());
    }

    @Test
    void theCsvDumpParsesAndNoCellIsAFormula() throws Exception {
        long hostile = fixture.published(record(HOSTILE, "-1+2 looks like a formula"));
        HttpResponse<String> response = client().get("/api/v1/practices.csv");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertThat(rows.stream().map(r -> Long.parseLong(r.get("id"))).toList())
                .containsExactlyInAnyOrderElementsOf(publicIds());
        CSVRecord row = rows.stream().filter(r -> r.get("id").equals(String.valueOf(hostile))).findFirst().orElseThrow();
        assertThat(row.get("title")).isEqualTo("'" + HOSTILE);
        assertThat(row.get("introduction")).isEqualTo("'-1+2 looks like a formula");
        assertThat(row.get("licence")).isEqualTo("CC-BY-4.0");
        assertThat(row.get("url")).isEqualTo(SITE + "/good-practices/" + hostile);
        for (CSVRecord r : rows) {
            for (String cell : r.values()) {
                assertThat(cell).as("no cell starts like a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void theOpenApiDocumentListsTheApiAndTheUiIsServed() throws Exception {
        JsonNode doc = client().json("/v3/api-docs");
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.path("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/v1/practices", "/api/v1/practices/{id}", "/api/v1/practices.jsonl",
                "/api/v1/practices.csv").allSatisfy(p -> assertThat(p).startsWith("/api/v1/"));
        assertThat(doc.path("servers").get(0).path("url").asString()).isEqualTo(SITE);
        assertThat(doc.path("components").path("schemas").has("Practice")).isTrue();
        List<String> parameters = new ArrayList<>();
        doc.path("paths").path("/api/v1/practices").path("get").path("parameters")
                .forEach(p -> parameters.add(p.path("name").asString()));
        assertThat(parameters).as("the search's parameters, each described")
                .containsExactlyInAnyOrder("q", "sort", "page", "size", "theme", "sdg", "country", "language", "year",
                        "form");
        assertThat(doc.path("paths").path("/api/v1/practices/{id}").path("get").path("responses").path("404")
                .path("content").has("application/problem+json")).as("refusals are problem details").isTrue();
        HttpResponse<String> ui = client().get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui").doesNotContain("window.Vaadin");
        assertThat(client().get("/swagger-ui.html").statusCode()).isIn(200, 302);
        for (String part : List.of("/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/swagger-initializer.js",
                "/v3/api-docs/swagger-config")) {
            assertThat(client().get(part).statusCode()).as(part + ": the UI's parts are served, not Vaadin's page")
                    .isEqualTo(200);
        }
        assertThat(client().get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }

    private Set<Long> publicIds() {
        return Set.copyOf(jdbc.queryForList("select p.id from practice p where p.status = 'PUBLISHED' and not exists"
                + " (select 1 from practice_hold h where h.practice_id = p.id)", Long.class));
    }

    private ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    private static org.imcregistry.practice.PracticeContent record(String title, String introduction) {
        return OpenDataApiTest.record(title, introduction, "NO", 2019, Set.of("PUBLIC_TRANSPORT"), Set.of(11));
    }
}
