package org.imcregistry.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless, with a fresh profile and no background traffic
 * (this machine has no network but the package registries). Installed by .ci/run.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static ChromeDriver start(String acceptLanguage, Path profileDir) {
        return start(acceptLanguage, profileDir, true);
    }

    /**
     * With {@code scripts} false, the browser runs no script of any page (the content setting, and Blink's own switch
     * for good measure), as for a visitor who has JavaScript switched off; WebDriver itself still reads the page.
     */
    static ChromeDriver start(String acceptLanguage, Path profileDir, boolean scripts) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,860", "--lang=" + acceptLanguage,
                "--user-data-dir=" + profileDir.toAbsolutePath());
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        prefs.put("intl.accept_languages", acceptLanguage);
        if (!scripts) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Waits up to 30 s; Vaadin re-renders as it navigates, so an element read mid-update is simply read again. */
    static WebDriverWait waitFor(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static void screenshot(ChromeDriver driver, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the real login form and waits until the app has left the login page. */
    static void signIn(ChromeDriver browser, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        waitFor(browser).until(d -> d.findElement(org.openqa.selenium.By.cssSelector(
                "vaadin-login-form input[name='username']"))).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Elements scroll inside the app layout; bring one into view first, as a person would, then click it. */
    static void click(ChromeDriver browser, org.openqa.selenium.WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** All text of the page, also what is scrolled out of view inside the app layout. */
    static String text(org.openqa.selenium.WebDriver driver) {
        return String.valueOf(((ChromeDriver) driver).executeScript("return document.body.innerText"));
    }

    /** The button with exactly this caption, once it is there. */
    static org.openqa.selenium.WebElement button(ChromeDriver browser, String caption) {
        return waitFor(browser).until(d -> d.findElements(org.openqa.selenium.By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals(caption)).findFirst().orElse(null));
    }
}
