package org.imcregistry.competition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;

/** The rules a draft edition's settings and lists must keep; every problem is reported at once. */
final class SettingsCheck {

    private SettingsCheck() {
    }

    static void settings(Editions.Settings settings) {
        List<Problem> problems = new ArrayList<>();
        if (settings.jurorsPerEntry() < 1 || settings.jurorsPerEntry() > 15) {
            problems.add(Problem.of("jurorsPerEntry", "competition.error.jurors"));
        }
        double sum = settings.weights().values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 100) > 1e-6 || settings.weights().values().stream().anyMatch(w -> w <= 0)) {
            problems.add(Problem.of("weights", "competition.error.weights", sum));
        }
        if (settings.opensOn() != null && settings.closesOn() != null && settings.closesOn().isBefore(settings.opensOn())) {
            problems.add(Problem.of("closesOn", "competition.error.window"));
        }
        // Judging follows the entries: the deadline is not before they close (or, without a closing date, open).
        LocalDate earliest = settings.closesOn() != null ? settings.closesOn() : settings.opensOn();
        if (settings.judgingDeadline() != null && earliest != null && settings.judgingDeadline().isBefore(earliest)) {
            problems.add(Problem.of("judgingDeadline", "competition.error.judging-deadline"));
        }
        if (settings.ruleValue() <= 0 || settings.rule() == ShortlistRule.TOP_PERCENT && settings.ruleValue() > 100) {
            problems.add(Problem.of("ruleValue", "competition.error.rule-value"));
        }
        if (settings.tieBreaks().isEmpty() || new HashSet<>(settings.tieBreaks()).size() != settings.tieBreaks().size()) {
            problems.add(Problem.of("tieBreaks", "competition.error.tie-breaks"));
        }
        refuseIfAny(problems);
    }

    /** At least one category, names unique, each line at most 200 (categories) or 500 (rules) characters, 30 lines. */
    static void lists(List<String> names, List<String> checklist) {
        List<Problem> problems = new ArrayList<>();
        if (names.isEmpty()) {
            problems.add(Problem.of("categories", "competition.error.no-category"));
        }
        if (new HashSet<>(names).size() != names.size()) {
            problems.add(Problem.of("categories", "competition.error.duplicate-category"));
        }
        if (names.stream().anyMatch(n -> n.length() > 200) || checklist.stream().anyMatch(r -> r.length() > 500)
                || checklist.size() > 30 || names.size() > 30) {
            problems.add(Problem.of("categories", "competition.error.list-too-long"));
        }
        refuseIfAny(problems);
    }

    private static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
