package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person in a real browser: signs in as a demo user, visits every main section through the
 * navigation, and signs out. Screenshots land in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInAndNavigateIT {

    @LocalServerPort
    int port;

    @Test
    void adminSignsInVisitsEachSectionAndSignsOut(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/"));
            waitForHeading(browser, "Inter-municipal cooperation, assessed, shared and awarded");
            HeadlessChromium.screenshot(browser, "01-home-anonymous");
            Accessibility.assertNoSeriousViolations(browser, "home");

            browser.findElement(By.cssSelector("vaadin-button.sign-in-button")).click();
            signIn(browser, "admin", "demo-admin");
            waitForHeading(browser, "Inter-municipal cooperation, assessed, shared and awarded");
            assertThat(browser.findElement(By.cssSelector("vaadin-menu-bar.account-menu")).getText())
                    .contains("admin");

            Map<String, String> sections = new LinkedHashMap<>();
            sections.put("practices", "Good practices");
            sections.put("assessments", "Self-assessment");
            sections.put("competitions", "Competitions");
            sections.put("partnerships", "Partnerships");
            sections.put("admin/users", "Users");
            int shot = 2;
            for (var section : sections.entrySet()) {
                browser.findElement(By.cssSelector("vaadin-side-nav-item[path='" + section.getKey() + "']")).click();
                waitForHeading(browser, section.getValue());
                assertThat(browser.getCurrentUrl()).endsWith("/" + section.getKey());
                HeadlessChromium.screenshot(browser, "%02d-%s".formatted(shot++, section.getKey().replace('/', '-')));
                Accessibility.assertNoSeriousViolations(browser, section.getKey());
            }
            HeadlessChromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-grid-cell-content")));
            assertThat(browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText)).contains("coordinator", "juror");
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "sign-in page in {0}")
    @CsvSource({"en, Sign in to IMC Registry", "nb, Logg inn i IMC-registeret", "pl, Zaloguj się do Rejestru IMC"})
    void signInPageSpeaksTheBrowsersLanguage(String language, String title, @TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start(language, profile);
        try {
            browser.get(url("/login"));
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.cssSelector("vaadin-login-form"))
                    .getText().contains(title));
            HeadlessChromium.screenshot(browser, "login-" + language);
            Accessibility.assertNoSeriousViolations(browser, "sign-in (" + language + ")");
        } finally {
            browser.quit();
        }
    }

    @Test
    void wrongPasswordIsExplainedOnTheSignInPage(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/login"));
            signIn(browser, "editor", "not-the-password");
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.cssSelector("vaadin-login-form"))
                    .getText().contains("The username or password is not right"));
            assertThat(browser.getCurrentUrl()).contains("/login?error");
        } finally {
            browser.quit();
        }
    }

    private void signIn(ChromeDriver browser, String username, String password) {
        WebElement user = HeadlessChromium.waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    private static void waitForHeading(ChromeDriver browser, String text) {
        HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.tagName("h1")).stream()
                .anyMatch(h -> text.equals(h.getText())));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
