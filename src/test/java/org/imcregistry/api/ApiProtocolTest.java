package org.imcregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcregistry.api.OpenDataApiTest.assertProblem;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.imcregistry.practice.PracticeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The open data API as HTTP: an unchanged answer is not sent again (ETag, 304), a bad parameter is a problem detail
 * that names it, only GET is served, and any web page may call it (CORS). Same application context as
 * {@link OpenDataApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "imc.public-url=https://imc.example.org", "imc.api.requests-per-minute=100000"})
@ActiveProfiles("test")
@Import(PracticeFixture.class)
class ApiProtocolTest {

    @LocalServerPort
    int port;
    @Autowired
    PracticeFixture fixture;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void anUnchangedAnswerIsNotSentAgain() throws Exception {
        long id = fixture.published(record("Cached API ferry", "Unchanged.", "NO", 2019, Set.of(), Set.of()));
        HttpResponse<String> first = client().get("/api/v1/practices/" + id);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        HttpResponse<String> again = client().get("/api/v1/practices/" + id, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(client().get("/api/v1/practices/" + id, "If-None-Match", "\"something-else\"").statusCode())
                .isEqualTo(200);

        HttpResponse<String> list = client().get("/api/v1/practices?sort=newest");
        String listTag = list.headers().firstValue("ETag").orElseThrow();
        assertThat(client().get("/api/v1/practices?sort=newest", "If-None-Match", listTag).statusCode()).isEqualTo(304);
    }

    @Test
    void badParametersAreProblemsThatNameTheParameter() throws Exception {
        Map<String, String> cases = Map.of("page=-1", "page", "page=abc", "page", "size=1000", "size",
                "colour=red", "colour", "sdg=18", "sdg", "sort=oldest", "sort", "page=200&size=100", "page",
                "country=Norway", "country", "q=a&q=b", "q", "language=de", "language");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            HttpResponse<String> response = client().get("/api/v1/practices?" + bad.getKey());
            assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
            JsonNode problem = assertProblem(response, 400);
            assertThat(problem.path("parameter").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
            assertThat(problem.path("detail").asString()).as(bad.getKey()).contains(bad.getValue());
        }
        JsonNode unknown = ApiClient.JSON.readTree(client().get("/api/v1/practices?colour=red").body());
        assertThat(unknown.path("detail").asString()).contains("colour", "q, sort, page, size, theme, sdg");
        HttpResponse<String> polish = client().get("/api/v1/practices?page=0", "Accept-Language", "pl");
        assertThat(ApiClient.JSON.readTree(polish.body()).path("title").asString()).isEqualTo("Nieprawidłowy parametr");
        HttpResponse<String> post = client().send("POST", "/api/v1/practices");
        assertThat(post.statusCode()).as("GET only; no CSRF token asked for").isEqualTo(405);
        assertProblem(post, 405);
    }

    @Test
    void anyWebPageMayCallTheApi() throws Exception {
        HttpResponse<String> response = client().get("/api/v1/practices", "Origin", "https://elsewhere.example");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> preflight = client().send("OPTIONS", "/api/v1/practices/1", "Origin",
                "https://elsewhere.example", "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers",
                "if-none-match");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                m -> assertThat(m).contains("GET"));
        HttpResponse<String> problem = client().get("/api/v1/practices/0", "Origin", "https://elsewhere.example");
        assertThat(problem.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    private ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    private static org.imcregistry.practice.PracticeContent record(String title, String introduction, String country,
            int startYear, Set<String> themes, Set<Integer> sdgs) {
        return OpenDataApiTest.record(title, introduction, country, startYear, themes, sdgs);
    }
}
