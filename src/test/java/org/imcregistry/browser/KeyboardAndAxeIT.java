package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imcregistry.browser.HeadlessChromium.text;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Someone without a mouse finds a good practice with Tab and Enter alone; and the accessibility check used by
 * the other browser tests does catch a real violation (so its silence elsewhere means something).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardAndAxeIT {

    @LocalServerPort
    int port;

    @Test
    void aVisitorSearchesAndOpensARecordWithTheKeyboardAlone(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/practices"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("Good practices"));
            tabUntil(browser, "document.activeElement.closest('vaadin-text-field.search-box') !== null");
            new Actions(browser).sendKeys("kommune").sendKeys(Keys.ENTER).perform();
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("3 practices found"));

            tabUntil(browser, "document.activeElement.matches('section.hit h2 a')");
            String title = String.valueOf(browser.executeScript("return document.activeElement.textContent"));
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().matches(".*/practices/\\d+$"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains(title));
            // the record opens at its top, not where the result list had been scrolled to
            HeadlessChromium.waitFor(browser).until(d -> Boolean.TRUE.equals(browser.executeScript(
                    "const r = document.querySelector('h1').getBoundingClientRect();"
                            + " return r.top >= 0 && r.bottom <= window.innerHeight;")));
            HeadlessChromium.screenshot(browser, "keyboard-record");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theAccessibilityCheckFailsOnAnImageWithoutTextAlternative(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("Inter-municipal cooperation"));
            Accessibility.assertNoSeriousViolations(browser, "home");
            browser.executeScript("const img = document.createElement('img'); img.src = 'icons/favicon.svg';"
                    + " document.querySelector('h1').after(img);");
            assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser, "home with a bare image"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
        } finally {
            browser.quit();
        }
    }

    /** Presses Tab, at most 60 times, until the condition about the focused element holds. */
    private static void tabUntil(ChromeDriver browser, String condition) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(browser.executeScript("return " + condition))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.executeScript("return " + condition)).as("reached with Tab: " + condition).isEqualTo(true);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
