package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.imcregistry.browser.HeadlessChromium.text;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A visitor in a real browser: searches the good practices in Norwegian, ticks a facet, goes back, and
 * opens a record. The screenshot shows the results with the found words highlighted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchPracticesIT {

    @LocalServerPort
    int port;

    @Test
    void aVisitorSearchesFiltersByAFacetAndOpensARecord(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/practices"));
            WebElement box = HeadlessChromium.waitFor(browser).until(d -> d.findElement(
                    By.cssSelector("vaadin-text-field.search-box input")));
            box.sendKeys("kommune", Keys.ENTER);
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/practices?q=kommune"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("3 practices found"));
            assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty()
                    .allSatisfy(mark -> assertThat(mark.getText().toLowerCase()).startsWith("kommun"));
            HeadlessChromium.screenshot(browser, "practice-search");
            Accessibility.assertNoSeriousViolations(browser, "search results");

            WebElement transport = HeadlessChromium.waitFor(browser).until(d -> d.findElements(
                    By.cssSelector(".facet vaadin-checkbox")).stream()
                    .filter(c -> c.getText().startsWith("Public transport (1)")).findFirst().orElse(null));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", transport);
            transport.findElement(By.tagName("label")).click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().contains("theme=PUBLIC_TRANSPORT"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("1 practice found"));
            assertThat(text(browser)).contains("Hallingdal");

            browser.navigate().back();
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("3 practices found"));

            WebElement first = HeadlessChromium.waitFor(browser).until(d -> d.findElements(
                    By.cssSelector("section.hit h2 a")).stream().findFirst().orElse(null));
            String title = first.getText();
            first.click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().matches(".*/practices/\\d+$"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("Similar practices"));
            Accessibility.assertNoSeriousViolations(browser, "good-practice record");
            assertThat(text(browser)).contains(title, "Introduction");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "practice-search-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
