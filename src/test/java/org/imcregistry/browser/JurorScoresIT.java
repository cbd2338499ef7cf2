package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.imcregistry.browser.HeadlessChromium.button;
import static org.imcregistry.browser.HeadlessChromium.text;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A juror in a real browser: the demo juror opens the demo edition, scores every criterion of the first
 * entry (a top score with its comment), submits, and sees the entry marked submitted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JurorScoresIT {

    @LocalServerPort
    int port;

    @Test
    void aJurorScoresAnEntryAndSubmits(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            HeadlessChromium.signIn(browser, url(""), "juror", "demo-juror");
            browser.get(url("/competitions"));
            button(browser, "Score entries").click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/judge"));
            String progress = HeadlessChromium.waitFor(browser).until(d -> java.util.regex.Pattern
                    .compile("0 of (\\d+) entries submitted").matcher(text(d)).results().findFirst()
                    .map(m -> m.group(1)).orElse(null));

            List<WebElement> scores = HeadlessChromium.waitFor(browser).until(d -> {
                List<WebElement> fields = d.findElements(By.cssSelector(".criterion-form vaadin-number-field input"));
                return fields.size() == 6 ? fields : null;
            });
            List<WebElement> comments = browser.findElements(By.cssSelector(".criterion-form vaadin-text-area textarea"));
            for (int i = 0; i < scores.size(); i++) {
                type(browser, scores.get(i), i == 0 ? "10" : "7");
                if (i == 0) {
                    type(browser, comments.get(0), "Citizens shaped the service from the start.");
                }
            }
            HeadlessChromium.waitFor(browser).until(d -> Long.valueOf(6).equals(browser.executeScript(
                    "return [...document.querySelectorAll('.save-status')].filter(s => s.textContent === 'Saved').length")));
            HeadlessChromium.screenshot(browser, "juror-scoring");
            Accessibility.assertNoSeriousViolations(browser, "jury scoring");

            WebElement submit = button(browser, "Submit my scores");
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
            submit.click();
            HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.cssSelector(
                    "vaadin-button[slot='confirm-button']")).stream().anyMatch(WebElement::isDisplayed));
            browser.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("1 of " + progress + " entries submitted"));
            assertThat(text(browser)).contains("Submitted");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "juror-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    /** Types into a field and leaves it, as a person tabbing through the form does; that is when it saves. */
    private static void type(ChromeDriver browser, WebElement field, String text) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.click();
        field.sendKeys(text, Keys.TAB);
    }



    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
