package org.imcregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.imcregistry.bootstrap.AppRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A new production site before anything is published (the prod profile on an empty file database): the API answers
 * with an empty search and empty dumps, not an error; and its rate limit, set low here, refuses one address's burst
 * with 429 and Retry-After while another address goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmptyRegistryApiTest {

    static final String SITE = "https://imc.example.org";
    static final int LIMIT = 5;

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private ApiClient client;

    @BeforeAll
    void start() {
        app = AppRuns.start("--imc.data-dir=" + dataDir, "--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/imc", "--spring.datasource.username=imc",
                "--vaadin.productionMode=false", "--imc.public-url=" + SITE, "--imc.api.requests-per-minute=" + LIMIT);
        client = new ApiClient(AppRuns.baseUrl(app));
    }

    /** The app on IPv4 loopback, which a client bound to another 127.x address can reach ("localhost" may be ::1). */
    private String loopback() {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void anEmptyRegistryIsAnEmptySearchAndEmptyDumps() throws Exception {
        JsonNode search = client.json("/api/v1/practices?q=anything&theme=GOVERNANCE");
        assertThat(search.path("total").asLong()).isZero();
        assertThat(search.path("items")).isEmpty();
        assertThat(search.path("pages").asInt()).isEqualTo(1);
        assertThat(search.path("links").path("next").isNull()).isTrue();
        assertThat(client.get("/api/v1/practices/1").statusCode()).isEqualTo(404);

        HttpResponse<String> lines = client.get("/api/v1/practices.jsonl");
        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.body()).isEmpty();
        HttpResponse<String> csv = client.get("/api/v1/practices.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).singleElement().satisfies(header -> assertThat(header)
                .startsWith("id,url,title,language,").endsWith(",concluding_remarks"));
    }

    @Test
    void aBurstFromOneAddressIsRefusedWithRetryAfterAndOthersGoOn() throws Exception {
        // From a loopback address of its own (127.0.0.0/8 is all this machine), so that the other test's requests
        // do not count against it.
        ApiClient burst = new ApiClient(loopback(), InetAddress.getByName("127.0.0.9"));
        for (int i = 0; i < LIMIT; i++) {
            assertThat(burst.get("/api/v1/practices").statusCode()).as("request " + (i + 1)).isEqualTo(200);
        }
        HttpResponse<String> refused = burst.get("/api/v1/practices", "Origin", "https://elsewhere.example");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).as("a script may read the wait")
                .hasValue("*");
        JsonNode problem = ApiClient.JSON.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asString()).isEqualTo("Too many requests");
        assertThat(problem.path("detail").asString()).contains(String.valueOf(LIMIT));

        assertThat(new ApiClient(loopback(), InetAddress.getByName("127.0.0.10")).get("/api/v1/practices")
                .statusCode())
                .as("another address has its own bucket").isEqualTo(200);
    }
}
