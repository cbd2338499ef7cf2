package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        base = AppRuns.baseUrl(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String page : new String[] {"/", "/login", "/practices"}) {
            HttpResponse<String> response = new HttpBrowser(base).get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'",
                            // the map's tiles, from the tile server's origin only (imc.map.tiles)
                            "img-src 'self' data: blob: https://tile.openstreetmap.org;"));
            assertThat(response.headers().allValues("X-Frame-Options")).as(page).containsExactly("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            // HSTS is only sent over HTTPS; the reverse proxy's forwarded requests count as such in production.
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(page).isEmpty();
        }
        HttpResponse<String> overHttps = new HttpBrowser(base).get("/login", "X-Forwarded-Proto", "https");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void pagesReachedByAPersonalLinkAreNeverIndexed() throws Exception {
        for (String page : new String[] {"/invitation/x", "/reset-password/x", "/respond/x"}) {
            assertThat(new HttpBrowser(base).get(page).headers().firstValue("X-Robots-Tag")).as(page)
                    .contains("noindex, nofollow");
        }
        assertThat(new HttpBrowser(base).get("/practices").headers().firstValue("X-Robots-Tag")).isEmpty();
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("/login");
        HttpResponse<String> response = browser.post("/login", Map.of("username", "admin", "password", "demo-admin"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        HttpBrowser browser = new HttpBrowser(base);
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
            HttpBrowser guesser = new HttpBrowser(base);
            HttpResponse<String> response = guesser.post("/login", Map.of("username", "nobody" + attempt,
                    "password", "guess", "_csrf", guesser.csrfTokenOf("/login")));
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?error"));
        }
        HttpBrowser colleague = new HttpBrowser(base);
        HttpResponse<String> response = colleague.post("/login",
                Map.of("username", "coordinator", "password", "demo-coordinator", "_csrf", colleague.csrfTokenOf("/login")));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(colleague.isSignedIn()).isFalse();
    }

    @Test
    void onlyAnAdministratorCanTakeABackup() throws Exception {
        HttpBrowser anybody = new HttpBrowser(base);
        assertThat(anybody.post("/api/backup", Map.of()).statusCode()).isEqualTo(401);
        // The right password of an account without the admin role is refused like a wrong one (BackupApiAccessTest).
        assertThat(anybody.postAs("/api/backup", "coordinator", "demo-coordinator").statusCode()).isEqualTo(401);
        assertThat(anybody.postAs("/api/backup", "admin", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<byte[]> backup = anybody.postBytesAs("/api/backup", "admin", "demo-admin");
        assertThat(backup.statusCode()).isEqualTo(200);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(backup.body()))) {
            assertThat(zip.getNextEntry()).as("a zip with the database").isNotNull()
                    .satisfies(entry -> assertThat(entry.getName()).endsWith(".mv.db"));
        }
    }

    @Test
    void theActuatorAnswersOnlyForHealth() throws Exception {
        HttpBrowser anonymous = new HttpBrowser(base);
        HttpBrowser member = new HttpBrowser(base);
        assertThat(member.signIn("member", "demo-member")).isTrue();
        HttpBrowser admin = new HttpBrowser(base);
        assertThat(admin.signIn("admin", "demo-admin")).isTrue();
        for (HttpBrowser browser : List.of(anonymous, member, admin)) {
            assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);
            for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
                    "/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/heapdump"}) {
                assertThat(browser.get(path).statusCode()).as(path).isIn(302, 401, 403, 404);
            }
        }
    }

    @Test
    void errorsShowNoStackTraceOrSql() throws Exception {
        HttpBrowser browser = new HttpBrowser(base);
        for (String path : new String[] {"/error", "/api/backup?x=%27%20or%201=1--", "/VAADIN/../../etc/passwd",
                "/actuator/env", "/practices/999999999999999999999"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.body()).as(path).doesNotContain("Exception", "\tat ", "at org.", "SELECT", "select ");
        }
    }
}
