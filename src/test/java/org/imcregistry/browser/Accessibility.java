package org.imcregistry.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page as the browser shows it, against WCAG 2.1 A and AA (what EN 301 549 requires of
 * public-sector sites). Serious and critical violations fail the test, with each rule and where it was broken.
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        if (!serious.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page + ":\n" + serious.stream()
                    .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    "
                            + rule.getNodes().stream().limit(5).map(node -> node.getTarget() + " " + node.getFailureSummary()
                                    .replace('\n', ' ')).collect(Collectors.joining("\n    ")))
                    .collect(Collectors.joining("\n")));
        }
        System.out.println("axe " + page + ": " + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " minor or moderate findings");
    }
}
