package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcregistry.browser.HeadlessChromium.button;
import static org.imcregistry.browser.HeadlessChromium.click;
import static org.imcregistry.browser.HeadlessChromium.text;
import static org.imcregistry.browser.HeadlessChromium.waitFor;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The walk-through on the embedded default (no mail server): the coordinator asks two people by address,
 * reads the invitation in "Outgoing mail" and a respondent follows its link in a browser with no session, answers
 * two criteria, closes the browser, comes back through the link to find them, and submits; the coordinator sees
 * "Submitted" for one, and the reminder goes to the other only. The public URL is the test server's own, so the
 * link is followed exactly as mailed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + RespondByLinkIT.PORT, "imc.public-url=http://localhost:" + RespondByLinkIT.PORT})
@ActiveProfiles("test")
class RespondByLinkIT {

    static final int PORT = 18481;
    private static final By PANELS = By.cssSelector("vaadin-details.criterion-panel");

    @Test
    void aRespondentWithoutAnAccountAnswersThroughTheMailedLink(@TempDir Path one, @TempDir Path two,
            @TempDir Path three) {
        ChromeDriver coordinator = HeadlessChromium.start("en", one);
        try {
            HeadlessChromium.signIn(coordinator, url(""), "coordinator", "demo-coordinator");
            coordinator.get(url("/assessments"));
            WebElement openRound = waitFor(coordinator).until(d -> d.findElements(By.cssSelector("section.round-card"))
                    .stream().filter(c -> c.getText().contains("Sogn regionråd · Open")).findFirst().orElse(null));
            click(coordinator, openRound.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().strip().equals("Respondents")).findFirst().orElseThrow());
            waitFor(coordinator).until(d -> d.getCurrentUrl().endsWith("/respondents"));
            String respondents = coordinator.getCurrentUrl();
            add(coordinator, "Kari Nordmann", "kari.it@example.no");
            add(coordinator, "Ola Hansen", "ola.it@example.no");
            HeadlessChromium.screenshot(coordinator, "respondents-added");

            coordinator.get(url("/admin/mail"));
            waitFor(coordinator).until(d -> text(d).contains("kari.it@example.no"));
            click(coordinator, waitFor(coordinator).until(d -> d.findElements(By.tagName("vaadin-grid-cell-content"))
                    .stream().filter(c -> c.getText().equals("kari.it@example.no")).findFirst().orElse(null)));
            String link = waitFor(coordinator).until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay a,"
                    + " .mail-body a")).stream().map(a -> a.getDomAttribute("href"))
                    .filter(h -> h != null && h.matches(".*/respond/[A-Za-z0-9_-]{43}")).findFirst().orElse(null));
            assertThat(link).startsWith("http://localhost:" + PORT + "/respond/");
            HeadlessChromium.screenshot(coordinator, "outgoing-mail-invitation");

            answerTwoCriteriaThenLeave(link, two);
            submitAfterComingBack(link, three);

            // opened afresh by its address: going back in history raced Vaadin's own navigation in CI
            coordinator.get(respondents);
            waitFor(coordinator).until(d -> d.getCurrentUrl().endsWith("/respondents"));
            waitFor(coordinator).until(d -> rowText(d, "Kari Nordmann").contains("Submitted"));
            assertThat(rowText(coordinator, "Ola Hansen")).contains("Invited");
            click(coordinator, button(coordinator, "Remind everyone who has not submitted"));
            click(coordinator, waitFor(coordinator).until(d -> d.findElements(By.cssSelector(
                    "vaadin-button[slot='confirm-button']")).stream().filter(WebElement::isDisplayed).findFirst()
                    .orElse(null)));
            // the demo round's coordinator answers too and has not submitted: reminded along with Ola
            waitFor(coordinator).until(d -> text(d).contains("reminders sent."));

            coordinator.get(url("/admin/mail"));
            waitFor(coordinator).until(d -> text(d).contains("Reminder:"));
            List<String> mailed = coordinator.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).filter(t -> t.endsWith("@example.no")).toList();
            assertThat(mailed).as("one invitation each, and a reminder for Ola only")
                    .containsExactlyInAnyOrder("kari.it@example.no", "ola.it@example.no", "ola.it@example.no");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(coordinator, "respond-by-link-failure");
            throw failure;
        } finally {
            coordinator.quit();
        }
    }

    private void answerTwoCriteriaThenLeave(String link, Path profile) {
        ChromeDriver respondent = HeadlessChromium.start("en", profile);
        try {
            respondent.get(link);
            waitFor(respondent).until(d -> text(d).contains("You are answering as Kari Nordmann."));
            tickFirstBox(respondent, 0);
            tickFirstBox(respondent, 1);
            waitFor(respondent).until(d -> text(d).contains("2 of 10 criteria answered"));
            HeadlessChromium.screenshot(respondent, "respond-by-link");
        } finally {
            respondent.quit(); // closes the browser: no session, no cookie survives
        }
    }

    private void submitAfterComingBack(String link, Path profile) {
        ChromeDriver respondent = HeadlessChromium.start("en", profile);
        try {
            respondent.get(link);
            waitFor(respondent).until(d -> text(d).contains("2 of 10 criteria answered"));
            for (int i = 2; i < 10; i++) {
                tickFirstBox(respondent, i);
            }
            waitFor(respondent).until(d -> text(d).contains("10 of 10 criteria answered"));
            click(respondent, button(respondent, "Submit my answers"));
            click(respondent, waitFor(respondent).until(d -> d.findElements(By.cssSelector(
                    "vaadin-button[slot='confirm-button']")).stream().filter(WebElement::isDisplayed).findFirst()
                    .orElse(null)));
            waitFor(respondent).until(d -> text(d).contains("they can no longer be changed"));
        } finally {
            respondent.quit();
        }
    }

    private static void add(ChromeDriver browser, String name, String address) {
        WebElement nameField = browser.findElements(By.cssSelector("vaadin-text-field input")).getFirst();
        nameField.clear();
        nameField.sendKeys(name);
        WebElement email = browser.findElement(By.cssSelector("vaadin-email-field input"));
        email.clear();
        email.sendKeys(address);
        click(browser, button(browser, "Add and send link"));
        waitFor(browser).until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(address)));
    }

    /** The text of the grid row that starts with this name (cells follow each other in the light DOM). */
    private static String rowText(org.openqa.selenium.WebDriver browser, String name) {
        List<WebElement> cells = browser.findElements(By.tagName("vaadin-grid-cell-content"));
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).getText().equals(name)) {
                for (int j = i; j < Math.min(cells.size(), i + 7); j++) {
                    row.append(cells.get(j).getText()).append(" | ");
                }
            }
        }
        return row.toString();
    }

    /** Opens criterion {@code index} if needed and ticks its first condition, as a careful person would. */
    private static void tickFirstBox(ChromeDriver browser, int index) {
        WebElement box = waitFor(browser).until(d -> {
            WebElement panel = d.findElements(PANELS).get(index);
            if (panel.getDomAttribute("opened") == null) {
                click(browser, panel.findElement(By.tagName("vaadin-details-summary")));
                return null;
            }
            return panel.findElements(By.cssSelector("section.criterion-form vaadin-checkbox")).stream().findFirst()
                    .orElse(null);
        });
        waitFor(browser).until(d -> {
            if (box.getAttribute("checked") == null) {
                click(browser, box.findElement(By.tagName("label")));
            }
            return box.getAttribute("checked") != null;
        });
    }


    private static String url(String path) {
        return "http://localhost:" + PORT + path;
    }
}
