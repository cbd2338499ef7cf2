package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcregistry.browser.HeadlessChromium.text;

import java.nio.file.Path;
import java.util.List;
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
 * The map of the demo's good practices in a real browser, with no network: the tiles fail, the markers are there,
 * clustered; a click on one opens its record, and so does Enter on one reached from the keyboard (on a cluster, Enter
 * zooms in to it, as a click does). A signed-in person
 * also sees the partnerships. axe finds nothing serious on the map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PracticeMapIT {

    /** Markers standing alone, plus what every cluster holds: the records (or partnerships) on the map. */
    private static final String COUNT = "return [...document.querySelectorAll('.map-pin--' + arguments[0])].length"
            + " + [...document.querySelectorAll('.map-cluster--' + arguments[0] + ' span[aria-hidden]')]"
            + ".reduce((sum, c) => sum + Number(c.textContent), 0)";

    private static final String ZOOM = "return document.querySelector('.map').$map.getZoom()";

    @LocalServerPort
    int port;

    @Test
    void theDemoRecordsAreOnTheMapWithoutTilesAndAClickOpensOne(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/practices/map"));
            drawn(browser);
            // nine published demo records; Steinkjer's is not in the demo register, so it has no place
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("Practices found: 9. On the map: 8."));
            assertThat(browser.executeScript(COUNT, "practice")).isEqualTo(8L);
            assertThat(browser.findElements(By.cssSelector(".map-pin--partnership, .map-cluster--partnership")))
                    .as("partnerships are for signed-in people").isEmpty();
            HeadlessChromium.screenshot(browser, "practice-map");
            Accessibility.assertNoSeriousViolations(browser, "map of good practices");

            // a cluster opens up into its markers (a press focuses the map without scrolling the page under the pointer)
            WebElement cluster = browser.findElement(By.cssSelector(".map-cluster--practice"));
            long pinsBefore = browser.findElements(By.cssSelector(".map-pin--practice")).size();
            cluster.click();
            HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.cssSelector(".map-pin--practice")).size()
                    > pinsBefore);

            browser.get(url("/practices/map?country=SE"));
            drawn(browser);
            WebElement ljungby = HeadlessChromium.waitFor(browser).until(d -> d.findElements(
                    By.cssSelector(".map-pin--practice")).stream().findFirst().orElse(null));
            String title = ljungby.getAttribute("title");
            assertThat(title).endsWith(" (Ljungby)");
            ljungby.click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().matches(".*/practices/\\d+$"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains(title.replace(" (Ljungby)", "")));
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "practice-map-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    @Test
    void aMarkerOpensWithEnterAndSignedInPeopleSeeThePartnerships(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/practices/map"));
            drawn(browser);
            Object zoom = browser.executeScript(ZOOM);
            WebElement cluster = browser.findElement(By.cssSelector(".map-cluster--practice"));
            assertThat(cluster.getAttribute("role")).isEqualTo("button");
            cluster.sendKeys(Keys.ENTER);
            HeadlessChromium.waitFor(browser).until(d -> ((Number) browser.executeScript(ZOOM)).doubleValue()
                    > ((Number) zoom).doubleValue());

            browser.get(url("/practices/map?theme=PUBLIC_TRANSPORT"));
            drawn(browser);
            WebElement gol = HeadlessChromium.waitFor(browser).until(d -> d.findElements(
                    By.cssSelector(".map-pin--practice")).stream().findFirst().orElse(null));
            assertThat(gol.getAttribute("role")).isEqualTo("button");
            assertThat(gol.getAttribute("tabindex")).isEqualTo("0");
            gol.sendKeys(Keys.ENTER);
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().matches(".*/practices/\\d+$"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("Hallingdal"));

            HeadlessChromium.signIn(browser, "http://localhost:" + port, "coordinator", "demo-coordinator");
            browser.get(url("/practices/map"));
            drawn(browser);
            // seven demo partnerships, one of them dissolved
            HeadlessChromium.waitFor(browser).until(d -> Long.valueOf(6).equals(
                    browser.executeScript(COUNT, "partnership")));
            List<WebElement> layers = browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label"));
            assertThat(layers).extracting(WebElement::getText).containsExactly("Good practices", "Partnerships");
            HeadlessChromium.screenshot(browser, "practice-map-signed-in");
            Accessibility.assertNoSeriousViolations(browser, "map with partnerships");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "practice-map-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    /** Waits until Leaflet has drawn the map (the script marks it), however long the WebJars take to load. */
    private static void drawn(ChromeDriver browser) {
        HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.cssSelector(".map[data-ready='yes']"))
                .size() == 1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
