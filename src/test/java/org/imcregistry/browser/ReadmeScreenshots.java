package org.imcregistry.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The README's screenshots of the manager's ranking (tie-breaks in words), a juror's scoring page in Norwegian and
 * the home page, taken from a running demo (`-Dscreenshots.url=http://localhost:8080`); skipped otherwise.
 */
@EnabledIfSystemProperty(named = "screenshots.url", matches = "http.*")
class ReadmeScreenshots {

    private final String base = System.getProperty("screenshots.url", "");

    @Test
    void theHomePage(@TempDir Path profile) throws Exception {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.manage().window().setSize(new Dimension(1280, 1400));
            browser.get(base + "/");
            HeadlessChromium.waitFor(browser).until(d -> !d.findElements(By.cssSelector(".home-newest-list li")).isEmpty());
            Thread.sleep(800);
            save(browser, "home");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theManagersRanking(@TempDir Path profile) throws Exception {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.manage().window().setSize(new Dimension(1400, 1000));
            HeadlessChromium.signIn(browser, base, "manager", "demo-manager");
            browser.get(base + "/competitions/1");
            HeadlessChromium.waitFor(browser).until(d -> HeadlessChromium.text(d).contains("Submitted earlier"));
            browser.executeScript("[...document.querySelectorAll('h2')].find(h => h.textContent.startsWith('Ranking'))"
                    + ".scrollIntoView({block: 'start'})");
            Thread.sleep(800);
            save(browser, "ranking-tie-breaks");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aJurorScoringInNorwegian(@TempDir Path profile) throws Exception {
        ChromeDriver browser = HeadlessChromium.start("nb", profile);
        try {
            browser.manage().window().setSize(new Dimension(1280, 1300));
            HeadlessChromium.signIn(browser, base, "juror", "demo-juror");
            browser.get(base + "/competitions/1/judge");
            HeadlessChromium.waitFor(browser).until(d -> !d.findElements(By.cssSelector(".criterion-form")).isEmpty());
            // the criteria, named in Norwegian, are what this page is about; the record's text comes before them
            browser.executeScript("document.querySelector('.criterion-form').scrollIntoView({block: 'start'})");
            Thread.sleep(800);
            save(browser, "juror-scoring-nb");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theRegisterOverviewsWrappedLabels(@TempDir Path profile) throws Exception {
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            browser.manage().window().setSize(new Dimension(1280, 1300));
            HeadlessChromium.signIn(browser, base, "coordinator", "demo-coordinator");
            browser.get(base + "/partnerships/overview");
            HeadlessChromium.waitFor(browser).until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
            Thread.sleep(2000);
            save(browser, "register-overview");
        } finally {
            browser.quit();
        }
    }

    private static void save(ChromeDriver browser, String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
        Path docs = Path.of("docs", "screenshots", name + ".png");
        Files.copy(Path.of("target", "screenshots", name + ".png"), docs, StandardCopyOption.REPLACE_EXISTING);
    }
}
