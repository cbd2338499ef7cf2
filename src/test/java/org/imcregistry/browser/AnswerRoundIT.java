package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.imcregistry.browser.HeadlessChromium.button;
import static org.imcregistry.browser.HeadlessChromium.click;
import static org.imcregistry.browser.HeadlessChromium.text;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A respondent in a real browser: the demo member answers every criterion of the open round by
 * ticking conditions, submits, and opens the results page, whose radar chart is screenshotted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnswerRoundIT {

    @LocalServerPort
    int port;

    @Test
    void aRespondentFillsInARoundAndSeesTheResults(@TempDir Path profile) {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            HeadlessChromium.signIn(browser, url(""), "member", "demo-member");
            browser.get(url("/assessments"));
            button(browser, "Answer").click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/answer"));
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("0 of 10 criteria answered"));

            // tick both conditions of stage 1 and the first of stage 2 in every criterion
            By panels = By.cssSelector("vaadin-details.criterion-panel");
            assertThat(browser.findElements(panels)).hasSize(10);
            for (int i = 0; i < 10; i++) {
                int index = i;
                // a closed criterion opens with a click on its title, and its form is built then
                WebElement form = HeadlessChromium.waitFor(browser).until(d -> {
                    WebElement panel = d.findElements(panels).get(index);
                    if (panel.getDomAttribute("opened") == null) {
                        click(browser, panel.findElement(By.tagName("vaadin-details-summary")));
                        return null;
                    }
                    return panel.findElements(By.cssSelector("section.criterion-form")).stream().findFirst()
                            .orElse(null);
                });
                List<WebElement> stages = form.findElements(By.cssSelector("div.stage-group"));
                for (WebElement box : stages.get(0).findElements(By.tagName("vaadin-checkbox"))) {
                    tick(browser, box);
                }
                tick(browser, stages.get(1).findElement(By.tagName("vaadin-checkbox")));
            }
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("10 of 10 criteria answered"));
            assertThat(text(browser)).contains("Stage reached: 1 of 5 (Getting started)");
            HeadlessChromium.screenshot(browser, "assessment-answering");
            Accessibility.assertNoSeriousViolations(browser, "self-assessment form");

            click(browser, button(browser, "Submit my answers"));
            HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.cssSelector(
                    "vaadin-button[slot='confirm-button']")).stream().anyMatch(WebElement::isDisplayed));
            browser.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
            HeadlessChromium.waitFor(browser).until(d -> text(d).contains("they can no longer be changed"));

            browser.get(url("/assessments"));
            button(browser, "Results").click();
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/results"));
            HeadlessChromium.waitFor(browser).until(d -> (Boolean) browser.executeScript(
                    "const c = document.querySelector('.chart canvas'); return !!(c && window.Chart"
                            + " && window.Chart.getChart(c));"));
            assertThat(text(browser)).contains("Profile", "Mean of answers");
            HeadlessChromium.screenshot(browser, "assessment-results");
            Accessibility.assertNoSeriousViolations(browser, "self-assessment results");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "assessment-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }


    /** Ticks a box and waits until it shows as ticked before going on, as a careful person would. */
    private static void tick(ChromeDriver browser, WebElement box) {
        HeadlessChromium.waitFor(browser).until(d -> {
            if (box.getAttribute("checked") == null) {
                click(browser, box.findElement(By.tagName("label")));
            }
            return box.getAttribute("checked") != null;
        });
    }



    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
