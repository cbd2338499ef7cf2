package org.imcregistry.practice;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.Term;
import org.springframework.stereotype.Component;

/** The themes a record may carry: the managed list's codes, whatever a form or a document offered. */
@Component
class ThemeVocabulary {

    private final PublicLists lists;

    ThemeVocabulary(PublicLists lists) {
        this.lists = lists;
    }

    /** The themes as the managed list holds them now, in its order. */
    List<Term> terms() {
        return lists.practiceThemes();
    }

    /** The content checked on its own, and refused at its themes field when it names a theme the list lacks. */
    PracticeContent checked(PracticeContent content) {
        PracticeContent checked = content.checked();
        Predicate<String> known = codes()::contains;
        List<String> unknown = checked.themes().stream().filter(known.negate()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("themes", "practice.error.theme",
                    String.join(", ", unknown))));
        }
        return checked;
    }

    private Set<String> codes() {
        return lists.practiceThemes().stream().map(Term::code).collect(Collectors.toSet());
    }
}
