package org.imcregistry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One instance of the failover drill, asked directly (past the balancer) through its drill API. */
final class DrillNode {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    private final String base;
    private final String token;
    volatile boolean killed;

    DrillNode(String name, String base, String token) {
        this.name = name;
        this.base = base;
        this.token = token;
    }

    /** Answers once the record is committed and published: an acknowledged write. */
    long publish(String marker) throws IOException, InterruptedException {
        return call("POST", "/api/drills/cluster/publish?marker=" + marker, "").get("id").asLong();
    }

    boolean finds(String marker) throws IOException, InterruptedException {
        return call("GET", "/api/drills/cluster/found?marker=" + marker, null).get("hits").asLong() > 0;
    }

    /** Records published in the database but missing from this instance's index, plus those it holds extra. */
    JsonNode index() throws IOException, InterruptedException {
        return call("GET", "/api/drills/cluster/index", null);
    }

    JsonNode lost(String ids) throws IOException, InterruptedException {
        return call("POST", "/api/drills/cluster/lost", ids);
    }

    boolean healthy() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("X-Drill-Token", token);
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(name + " answered " + response.statusCode() + " to " + method + " " + path);
        }
        return JSON.readTree(response.body());
    }
}
