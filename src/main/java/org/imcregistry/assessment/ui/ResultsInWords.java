package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.imcregistry.assessment.RoundResultsView;
import org.imcregistry.assessment.RoundResultsView.CriterionResult;

/** A round's results in plain words: its strengths, its weaknesses, and the criteria the respondents disagree on. */
final class ResultsInWords extends Section {

    ResultsInWords(RoundResultsView view, Locale locale) {
        UnorderedList list = new UnorderedList();
        view.strengths().forEach(c -> list.add(new ListItem(getTranslation("results.strength",
                c.criterion().title().in(locale), ScaleText.of(c.criterion().scale(), c.consensus(), locale,
                        this::getTranslation)))));
        view.weaknesses().forEach(c -> list.add(new ListItem(getTranslation("results.weakness",
                c.criterion().title().in(locale), ScaleText.of(c.criterion().scale(), c.consensus(), locale,
                        this::getTranslation)))));
        view.criteria().stream().filter(CriterionResult::disagreement).forEach(c -> list.add(new ListItem(
                getTranslation("results.discuss", c.criterion().title().in(locale)))));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("results.nothing-yet")));
        }
        add(new H2(getTranslation("results.in-words")), list);
    }
}
