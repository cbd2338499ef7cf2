package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.imcregistry.bootstrap.AppRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a browser, or somebody poking at the app with curl, gets over HTTP: security headers on every page,
 * CSRF protection and a new session id at sign-in, throttled password guessing, the backup endpoint for
 * administrators only, and error pages without stack traces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpHardeningTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private String base;

    @BeforeAll
    void start() {
        app = AppRuns.start("--imc.data-dir=" + dataDir, "--spring.profiles.active=demo",
                "--imc.security.sign-in-failures-per-address=3",
                // as in production behind the reverse proxy
                "--server.forward-headers-strategy=native");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String page : new String[] {"/", "/login", "/practices"}) {
            HttpResponse<String> response = new Browser().get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'"));
            assertThat(response.headers().allValues("X-Frame-Options")).as(page).containsExactly("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            // HSTS is only sent over HTTPS; the reverse proxy's forwarded requests count as such in production.
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(page).isEmpty();
        }
        HttpResponse<String> overHttps = new Browser().get("/login", "X-Forwarded-Proto", "https");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        HttpResponse<String> response = browser.post("/login", Map.of("username", "admin", "password", "demo-admin"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        Browser browser = new Browser();
        String token = browser.csrfTokenOf("/login");
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page opened a session").isNotNull();

        HttpResponse<String> response = browser.post("/login",
                Map.of("username", "admin", "password", "demo-admin", "_csrf", token));

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    @Order(Integer.MAX_VALUE) // it blocks this test's address from signing in, so it runs last
    void tooManyWrongPasswordsFromOneAddressThrottleEvenTheRightOne() throws Exception {
        // Different unknown accounts, so the per-account lockout plays no part: this is guessing across accounts.
        for (int attempt = 0; attempt < 3; attempt++) {
            Browser guesser = new Browser();
            HttpResponse<String> response = guesser.post("/login", Map.of("username", "nobody" + attempt,
                    "password", "guess", "_csrf", guesser.csrfTokenOf("/login")));
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?error"));
        }
        Browser colleague = new Browser();
        HttpResponse<String> response = colleague.post("/login",
                Map.of("username", "coordinator", "password", "demo-coordinator", "_csrf", colleague.csrfTokenOf("/login")));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(colleague.isSignedIn()).isFalse();
    }

    @Test
    void onlyAnAdministratorCanTakeABackup() throws Exception {
        Browser anybody = new Browser();
        assertThat(anybody.post("/api/backup", Map.of()).statusCode()).isEqualTo(401);
        assertThat(anybody.postAs("/api/backup", "coordinator", "demo-coordinator").statusCode()).isEqualTo(403);
        assertThat(anybody.postAs("/api/backup", "admin", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<byte[]> backup = anybody.postBytesAs("/api/backup", "admin", "demo-admin");
        assertThat(backup.statusCode()).isEqualTo(200);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(backup.body()))) {
            assertThat(zip.getNextEntry()).as("a zip with the database").isNotNull()
                    .satisfies(entry -> assertThat(entry.getName()).endsWith(".mv.db"));
        }
    }

    @Test
    void errorsShowNoStackTraceOrSql() throws Exception {
        Browser browser = new Browser();
        for (String path : new String[] {"/error", "/api/backup?x=%27%20or%201=1--", "/VAADIN/../../etc/passwd",
                "/actuator/env", "/practices/999999999999999999999"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.body()).as(path).doesNotContain("Exception", "\tat ", "at org.", "SELECT", "select ");
        }
    }

    /** One browser: its own cookies, no redirects followed, so the test sees what the server answers. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfTokenOf(String page) throws Exception {
            Matcher token = CSRF_META.matcher(get(page).body());
            assertThat(token.find()).as("the page carries a CSRF token").isTrue();
            return token.group(1);
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postAs(String path, String user, String password) throws Exception {
            return client.send(basic(path, user, password), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> postBytesAs(String path, String user, String password) throws Exception {
            return client.send(basic(path, user, password), HttpResponse.BodyHandlers.ofByteArray());
        }

        private HttpRequest basic(String path, String user, String password) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials)
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** An anonymous session asking for a page that needs an account is sent to sign in. */
        boolean isSignedIn() throws Exception {
            HttpResponse<String> response = get("/admin/users");
            return !(response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login"));
        }
    }
}
