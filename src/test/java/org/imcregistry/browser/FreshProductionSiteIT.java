package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.bootstrap.AppRuns;
import org.imcregistry.testdb.PostgresTestSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A new production site as its first visitors meet it: the prod profile, an empty database (the CI PostgreSQL when
 * {@code IMC_TEST_POSTGRES_URL} is set, else an H2 file), no demo data, the first administrator from the
 * environment. Every view, with and without ids, opens as itself for an anonymous visitor and for that admin,
 * never as the error page. (Vaadin runs in development mode here: the production bundle is a separate build.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshProductionSiteIT {

    /** Every route; ids that do not exist on an empty site must give a calm "not found", not an error. */
    private static final List<String> ROUTES = List.of("", "practices", "practices?q=water&theme=WASTE&year=2020",
            "practices/1", "practices/mine", "practices/edit", "practices/edit/1", "practices/import", "assessments",
            "assessments/frameworks", "assessments/1/answer", "assessments/1/consensus", "assessments/1/results",
            "assessments/1/respondents", "respond/" + "B".repeat(43), "respond/x/no-reminders", "admin/mail",
            "competitions", "competitions/1", "competitions/1/judge", "partnerships", "partnerships/overview",
            "partnerships/municipalities", "partnerships/lists", "partnerships/new", "partnerships/import",
            "partnerships/1", "admin/users", "account", "login", "forgot-password", "invitation/not-a-real-token",
            "reset-password/" + "A".repeat(43), "practices/map", "practices/map?country=PL&theme=WASTE",
            "good-practices", "good-practices?page=2", "good-practices/1", "good-practices/themes",
            "good-practices/themes/WASTE", "good-practices/countries", "good-practices/countries/NO",
            "good-practices/sdgs", "good-practices/sdgs/11", "no-such-page");

    private Path dataDir;
    private ConfigurableApplicationContext app;
    private String base;

    @BeforeAll
    void startLikeProduction() throws java.io.IOException {
        dataDir = java.nio.file.Files.createTempDirectory(Path.of("target").toAbsolutePath(), "fresh-site-");
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=prod",
                "--imc.data-dir=" + dataDir, "--vaadin.productionMode=false",
                // plain HTTP on loopback here; behind the proxy the cookie is HTTPS-only
                "--server.servlet.session.cookie.secure=false", "--imc.public-url=https://imc.example.org",
                "--imc.first-admin.username=first.admin", "--imc.first-admin.password=a-long-first-secret-1"));
        String postgres = System.getenv("IMC_TEST_POSTGRES_URL");
        if (postgres != null && !postgres.isBlank()) {
            PostgresTestSchema.datasource(postgres, System.getenv().getOrDefault("IMC_TEST_POSTGRES_USER", "imc"),
                    System.getenv().getOrDefault("IMC_TEST_POSTGRES_PASSWORD", "imc"))
                    .forEach((key, value) -> arguments.add("--" + key + "=" + value));
        } else {
            arguments.addAll(List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir + "/imc;WRITE_DELAY=0",
                    "--spring.datasource.username=imc"));
        }
        app = AppRuns.start(arguments.toArray(String[]::new));
        base = AppRuns.baseUrl(app);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyViewOpensForAnAnonymousVisitorAndForTheFirstAdmin(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            List<String> failures = new ArrayList<>();
            visitAll(browser, "anonymous", failures);
            HeadlessChromium.signIn(browser, base, "first.admin", "a-long-first-secret-1");
            visitAll(browser, "admin", failures);
            assertThat(failures).as("views that showed the error page or no heading").isEmpty();
        } finally {
            browser.quit();
        }
    }

    private void visitAll(ChromeDriver browser, String who, List<String> failures) {
        for (String route : ROUTES) {
            browser.get(base + "/" + route);
            String text;
            try {
                HeadlessChromium.waitFor(browser).until(d -> !d.findElements(By.cssSelector("h1, h2, vaadin-login-form"))
                        .isEmpty());
                text = HeadlessChromium.text(browser);
            } catch (RuntimeException noHeading) {
                failures.add(who + " /" + route + ": no heading");
                continue;
            }
            if (text.contains("Something went wrong") || text.contains("Whitelabel Error Page")) {
                failures.add(who + " /" + route + ": error page");
                HeadlessChromium.screenshot(browser, "fresh-site-error-" + who + "-" + route.replaceAll("\\W", "_"));
            }
        }
        browser.get(base + "/no-such-page");
        HeadlessChromium.waitFor(browser).until(d -> HeadlessChromium.text(d).contains("Page not found"));
        HeadlessChromium.screenshot(browser, "fresh-site-not-found-" + who);
    }
}
