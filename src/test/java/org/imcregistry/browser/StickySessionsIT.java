package org.imcregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcregistry.browser.HeadlessChromium.button;
import static org.imcregistry.browser.HeadlessChromium.text;
import static org.imcregistry.browser.HeadlessChromium.waitFor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.imcregistry.bootstrap.AppRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's load-balancer set-up, as committed in {@code deploy/haproxy.cfg}, in front of two instances on one
 * database: a browser stays on the instance that signed it in (its Vaadin UI lives there), and when that instance
 * stops, the browser meets the other one, signs in again and finds the answer it had ticked, which was saved as
 * it was ticked. Needs HAProxy ({@code .ci/run} installs Debian's).
 */
class StickySessionsIT {

    private static final int BALANCER = 18490;
    private static final By PANELS = By.cssSelector("vaadin-details.criterion-panel");

    @Test
    void aBrowserStaysOnItsInstanceAndAfterThatOneStopsSignsInOnTheOtherAndFindsItsSavedAnswer(@TempDir Path data,
            @TempDir Path profile) throws Exception {
        String[] shared = {"--imc.data-dir=" + data, "--spring.profiles.active=demo"};
        ConfigurableApplicationContext a = AppRuns.start(with(shared, "--imc.search.index-dir=" + data.resolve("a")));
        ConfigurableApplicationContext b = AppRuns.start(with(shared, "--imc.search.index-dir=" + data.resolve("b")));
        Map<String, ConfigurableApplicationContext> instances = Map.of("a", a, "b", b);
        Process balancer = startBalancer(a, b, data);
        ChromeDriver browser = HeadlessChromium.start("en", profile);
        try {
            HeadlessChromium.signIn(browser, url(""), "member", "demo-member");
            String home = stickyInstance(browser);
            // Round robin would send every other request to the other instance, where this UI does not exist.
            for (int i = 0; i < 4; i++) {
                browser.get(url("/account"));
                waitFor(browser).until(d -> text(d).contains("You are signed in as") && text(d).contains("(member)"));
                assertThat(stickyInstance(browser)).isEqualTo(home);
            }
            openAnswerForm(browser);
            WebElement box = firstBoxOfFirstCriterion(browser);
            HeadlessChromium.click(browser, box.findElement(By.tagName("label")));
            waitFor(browser).until(d -> box.getAttribute("checked") != null && text(d).contains("Saved"));

            instances.get(home).close();
            browser.get(url("/assessments"));
            waitFor(browser).until(d -> d.getCurrentUrl().contains("/login")
                    || !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
            HeadlessChromium.signIn(browser, url(""), "member", "demo-member");
            assertThat(stickyInstance(browser)).as("now kept on the other instance").isNotEqualTo(home);
            openAnswerForm(browser);
            assertThat(firstBoxOfFirstCriterion(browser).getAttribute("checked")).as("the ticked answer").isNotNull();
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.screenshot(browser, "sticky-sessions-failure");
            throw failure;
        } finally {
            browser.quit();
            balancer.destroy();
            b.close();
            a.close();
        }
    }

    private static void openAnswerForm(ChromeDriver browser) {
        browser.get(url("/assessments"));
        HeadlessChromium.click(browser, button(browser, "Answer"));
        waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/answer"));
    }

    private static WebElement firstBoxOfFirstCriterion(ChromeDriver browser) {
        return waitFor(browser).until(d -> {
            WebElement panel = d.findElements(PANELS).getFirst();
            if (panel.getDomAttribute("opened") == null) {
                HeadlessChromium.click(browser, panel.findElement(By.tagName("vaadin-details-summary")));
                return null;
            }
            return panel.findElements(By.cssSelector("section.criterion-form vaadin-checkbox")).stream().findFirst()
                    .orElse(null);
        });
    }

    /** The instance the balancer's cookie names for this browser. */
    private static String stickyInstance(ChromeDriver browser) {
        var cookie = browser.manage().getCookieNamed("IMC_NODE");
        assertThat(cookie).as("the balancer's stickiness cookie").isNotNull();
        return cookie.getValue();
    }

    private static Process startBalancer(ConfigurableApplicationContext a, ConfigurableApplicationContext b, Path data)
            throws IOException, InterruptedException {
        ProcessBuilder haproxy = new ProcessBuilder("haproxy", "-db", "-f", "deploy/haproxy.cfg")
                .redirectErrorStream(true).redirectOutput(data.resolve("haproxy.log").toFile());
        haproxy.environment().put("IMC_LB_BIND", "127.0.0.1:" + BALANCER);
        haproxy.environment().put("IMC_NODE_A", "127.0.0.1:" + port(a));
        haproxy.environment().put("IMC_NODE_B", "127.0.0.1:" + port(b));
        Process process;
        try {
            process = haproxy.start();
        } catch (IOException e) {
            throw new IllegalStateException("HAProxy is needed for this test: apt-get install haproxy", e);
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        process.destroy();
        throw new IllegalStateException("HAProxy did not answer: " + Files.readString(data.resolve("haproxy.log")));
    }

    private static String port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getProperty("local.server.port");
    }

    private static String[] with(String[] shared, String own) {
        String[] all = java.util.Arrays.copyOf(shared, shared.length + 1);
        all[shared.length] = own;
        return all;
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + BALANCER + path;
    }
}
