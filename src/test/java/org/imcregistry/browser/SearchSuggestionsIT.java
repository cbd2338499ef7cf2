package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcregistry.browser.HeadlessChromium.text;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A visitor in a real browser misspells a word, takes "Did you mean" and gets results; type-ahead offers a record's
 * title while typing; the switch for other languages goes into the URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchSuggestionsIT {

    @LocalServerPort
    int port;

    @Test
    void aMisspeltQueryIsCorrectedWithOneClick(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get("http://localhost:" + port + "/practices");
            WebElement box = HeadlessChromium.waitFor(browser).until(d -> d.findElement(
                    By.cssSelector("vaadin-text-field.search-box input")));
            box.sendKeys("recyclng", Keys.ENTER);
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/practices?q=recyclng"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("Did you mean:"));
            assertThat(text(browser)).contains("No practices found");
            HeadlessChromium.screenshot(browser, "search-did-you-mean");

            browser.findElement(By.cssSelector(".did-you-mean vaadin-button.suggestion")).click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/practices?q=recycling"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("found") && !text(d).contains("No practices"));
            assertThat(text(browser)).contains("Vestmjøsa");
            assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();

            WebElement again = browser.findElement(By.cssSelector("vaadin-text-field.search-box input"));
            again.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Vestmj");
            HeadlessChromium.waitFor(browser).until(d -> offered(d) != null);
            HeadlessChromium.screenshot(browser, "search-type-ahead");
            // The list is drawn again as the typed value reaches the server; a click on a button just replaced is
            // lost, so the offer is found afresh and clicked until the search runs.
            HeadlessChromium.waitFor(browser).until(d -> {
                WebElement offered = offered(d);
                if (offered != null && !d.getCurrentUrl().contains("q=Vestmj")) {
                    try {
                        offered.click();
                    } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                        return false;
                    }
                }
                return d.getCurrentUrl().contains("q=Vestmj");
            });
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("1 practice found"));

            browser.findElement(By.cssSelector("vaadin-checkbox.across-languages")).findElement(By.tagName("label")).click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().contains("across=off"));
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "search-suggestions-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    private static @org.jspecify.annotations.Nullable WebElement offered(org.openqa.selenium.WebDriver browser) {
        return browser.findElements(By.cssSelector(".type-ahead vaadin-button")).stream()
                .filter(b -> b.getText().startsWith("Vestmjøsa")).findFirst().orElse(null);
    }
}
