package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imcregistry.practice.DocumentImportTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A contributor uploads a Word document through the real upload widget, keeps its image as the draft's photo (by
 * keyboard, with a text alternative and a credit), and opens the draft with its sections and its photo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentImportIT {

    private static final String PHOTO_TEXT = "Council members at the harbour";

    @LocalServerPort
    int port;

    @Test
    void aWordDocumentBecomesADraftWithItsSections(@TempDir Path temp) throws Exception {
        Path docx = Files.write(temp.resolve("sogn-for-all.docx"), DocumentImportTestAccess.seedDocx());
        ChromeDriver browser = HeadlessChromium.start("en", temp.resolve("profile"));
        try {
            HeadlessChromium.signIn(browser, "http://localhost:" + port, "member", "demo-member");
            browser.get("http://localhost:" + port + "/practices/mine");
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.tagName("vaadin-upload")).getShadowRoot()
                    .findElement(By.cssSelector("#fileInput"))).sendKeys(docx.toAbsolutePath().toString());
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.tagName("main")).getText()
                    .contains("1 thing to check"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 image found in the document",
                    "The section \"Success parameters\" holds no text");
            HeadlessChromium.screenshot(browser, "document-import-report");

            // the document's image is offered as the draft's photo; kept by keyboard alone, with its two texts
            WebElement alternative = HeadlessChromium.waitFor(browser).until(d -> d.findElement(
                    By.cssSelector(".imported-photo vaadin-text-field")));
            HeadlessChromium.click(browser, alternative);
            new Actions(browser).sendKeys(PHOTO_TEXT).sendKeys(Keys.TAB).sendKeys("Sogn Regional Council")
                    .sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
            HeadlessChromium.waitFor(browser).until(d -> HeadlessChromium.text(d)
                    .contains("Kept as a photo of the record: " + PHOTO_TEXT));

            WebElement open = browser.findElements(By.tagName("a")).stream()
                    .filter(a -> a.getText().equals("Open the draft")).findFirst().orElseThrow();
            // the success notification lies over the link for its four seconds; a person waits for it to go
            HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
            HeadlessChromium.click(browser, open);
            HeadlessChromium.waitFor(browser).until(d -> d.getCurrentUrl().contains("/edit"));
            List<String> values = HeadlessChromium.waitFor(browser).until(d -> {
                List<String> texts = d.findElements(By.tagName("vaadin-text-area")).stream()
                        .map(t -> t.getDomProperty("value")).filter(v -> v != null && !v.isEmpty()).toList();
                return texts.size() >= 10 ? texts : null;
            });
            assertThat(values).anySatisfy(v -> assertThat(v).startsWith("Sogn Regional Council is a cooperative"));
            assertThat(values).anySatisfy(v -> assertThat(v).startsWith("In our further work")
                    .contains("- Increase business contact"));
            WebElement title = browser.findElements(By.tagName("vaadin-text-field")).stream()
                    .filter(f -> "Sogn for all".equals(f.getDomProperty("value"))).findFirst().orElse(null);
            assertThat(title).as("the title field holds the document's title").isNotNull();
            WebElement photo = HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.tagName("img")).stream()
                    .filter(i -> PHOTO_TEXT.equals(i.getDomAttribute("alt"))).findFirst().orElse(null));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", photo);
            // the thumbnail is served from the database by the app, to the signed-in author of the draft
            HeadlessChromium.waitFor(browser).until(d -> ((Number) java.util.Objects.requireNonNull(browser
                    .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", photo),
                    "a number")).longValue() > 0);
            HeadlessChromium.screenshot(browser, "document-import-draft");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "document-import-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }
}
