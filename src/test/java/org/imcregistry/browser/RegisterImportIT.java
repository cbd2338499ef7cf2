package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An admin uploads a CSV through the real upload widget, reads the row report and confirms the write. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterImportIT {

    @LocalServerPort
    int port;

    @Test
    void uploadPreviewAndConfirm(@TempDir Path temp) throws IOException {
        Path csv = Files.writeString(temp.resolve("municipalities.csv"), """
                country,official_code,name,region,population
                NO,1804,Bodø,Nordland,53000
                NO,1806,Narvik,Nordland,21000
                XX,1,Nowhere,,
                NO,4640,Sogndal again,Vestland,
                """);
        ChromeDriver browser = HeadlessChromium.start("en", temp.resolve("profile"));
        try {
            browser.get("http://localhost:" + port + "/login");
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(
                    By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys("admin");
            browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys("demo-admin", Keys.ENTER);
            HeadlessChromium.waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
            browser.get("http://localhost:" + port + "/partnerships/import");
            // the upload keeps its file input in its shadow root, as a person's file dialog would fill it
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.tagName("vaadin-upload")).getShadowRoot()
                    .findElement(By.cssSelector("#fileInput"))).sendKeys(csv.toAbsolutePath().toString());
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.tagName("main")).getText()
                    .contains("4 rows read: 2 ready to save, 2 refused"));
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("XX is not an ISO 3166 country code", "NO:4640 is already registered");
            HeadlessChromium.screenshot(browser, "register-import-report");

            browser.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().equals("Save 2 ready rows")).findFirst().orElseThrow().click();
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog-overlay,"
                    + " vaadin-confirm-dialog")).isDisplayed());
            HeadlessChromium.waitFor(browser).until(d -> d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                    .stream().filter(b -> b.isDisplayed()).findFirst()).ifPresent(b -> b.click());
            HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.tagName("main")).getText()
                    .contains("2 rows saved"));
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "register-import-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }
}
