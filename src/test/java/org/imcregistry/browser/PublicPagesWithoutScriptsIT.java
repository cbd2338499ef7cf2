package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages in a real browser with JavaScript switched off: a demo record's page reads in full (title,
 * sections, who adopts it) from the first response. axe-core needs scripts, so a second, ordinary browser loads the
 * same record page and a list page and checks them against WCAG 2.1 A and AA, and the app's record view with its
 * adoption box and dialog as a partnership's member sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesWithoutScriptsIT {

    static final String RECORD = "Podhale Shared Digital Services Centre";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordPageReadsWithoutJavaScript(@TempDir Path profile) {
        long id = jdbc.queryForObject("select id from practice where title = ?", Long.class, RECORD);
        ChromeDriver browser = HeadlessChromium.start("en", profile, false);
        try {
            // First, that this browser really runs no script: the script would have changed the text.
            browser.get("data:text/html,<p id=x>scripts off</p><script>document.getElementById('x')"
                    + ".textContent='scripts on'</script>");
            assertThat(browser.findElement(By.id("x")).getText()).isEqualTo("scripts off");

            browser.get(url("/good-practices/" + id));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(RECORD);
            WebElement introduction = browser.findElements(By.cssSelector("section.record-section")).stream()
                    .filter(s -> s.findElement(By.tagName("h2")).getText().equals("Introduction")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Introduction section"));
            assertThat(introduction.findElement(By.tagName("p")).getText()).isNotBlank();
            assertThat(browser.findElement(By.cssSelector("aside.adoptions")).getText())
                    .contains("Adopted by 2 partnerships", "Sogn regionråd", "Stowarzyszenie Metropolia Krakowska");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Similar practices",
                    "Permanent address");
            HeadlessChromium.screenshot(browser, "public-record-without-scripts");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "public-record-without-scripts-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    @Test
    void theRecordPageAndAListPageHaveNoSeriousAccessibilityViolations(@TempDir Path profile) {
        long id = jdbc.queryForObject("select id from practice where title = ?", Long.class, RECORD);
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.get(url("/good-practices/" + id));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(RECORD);
            Accessibility.assertNoSeriousViolations(browser, "public record page");
            browser.get(url("/good-practices"));
            assertThat(browser.findElements(By.cssSelector(".records li"))).isNotEmpty();
            Accessibility.assertNoSeriousViolations(browser, "public list of the newest records");
            browser.get(url("/good-practices/themes"));
            Accessibility.assertNoSeriousViolations(browser, "public list of themes");
            HeadlessChromium.screenshot(browser, "public-themes");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "public-pages-axe-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    /** The app's own record view with the adoption box as a partnership's member sees it: links, note, buttons. */
    @Test
    void theAdoptionBoxInTheAppHasNoSeriousAccessibilityViolations(@TempDir Path profile) {
        long id = jdbc.queryForObject("select id from practice where title = ?", Long.class, RECORD);
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            HeadlessChromium.signIn(browser, url(""), "member", "demo-member");
            browser.get(url("/practices/" + id));
            HeadlessChromium.waitFor(browser).until(d -> HeadlessChromium.text(d).contains("Adopted by 2 partnerships"));
            HeadlessChromium.button(browser, "Withdraw");
            Accessibility.assertNoSeriousViolations(browser, "record view with the adoption box (member)");
            browser.get(url("/practices/1"));
            HeadlessChromium.button(browser, "Our partnership adopts this practice").click();
            HeadlessChromium.waitFor(browser).until(d -> HeadlessChromium.text(d).contains("How you take it up"));
            Accessibility.assertNoSeriousViolations(browser, "the dialog to adopt a practice");
            HeadlessChromium.screenshot(browser, "adopt-dialog");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "adoption-axe-failure");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
