package org.imcregistry.assessment.ui;

import java.util.Objects;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.assessment.RoundResultsView.CriterionResult;
import org.imcregistry.assessment.framework.Localized;
import org.imcregistry.practice.ui.PracticeView;
import org.imcregistry.practice.ui.PracticesView;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;

/**
 * Closes the learning loop: for each weak criterion, up to three published good practices that address it,
 * found with the search terms the framework gives the criterion (in every language, so that practices
 * documented in any of them are found).
 */
class LearnFromOthers extends Section {

    static final int PER_CRITERION = 3;

    LearnFromOthers(List<CriterionResult> weaknesses, PracticeSearch search, Locale locale) {
        add(new H2(getTranslation("results.learn")));
        if (weaknesses.isEmpty()) {
            add(new Paragraph(getTranslation("results.learn.none")));
        }
        for (CriterionResult weak : weaknesses) {
            Localized terms = weak.criterion().searchTerms();
            String words = terms == null ? "" : String.join(" ", terms.texts().values());
            List<SearchPage.Hit> hits = search.about(words, PER_CRITERION);
            add(new H3(weak.criterion().title().in(locale)));
            if (hits.isEmpty()) {
                add(new Paragraph(getTranslation("results.learn.nothing")));
            } else {
                UnorderedList list = new UnorderedList();
                hits.forEach(hit -> list.add(new ListItem(new RouterLink(hit.title(), PracticeView.class,
                        new RouteParameters("id", String.valueOf(hit.id()))))));
                add(list);
            }
            String ownWords = terms == null ? weak.criterion().title().in(locale) : terms.in(locale);
            RouterLink more = new RouterLink(getTranslation("results.learn.more"), PracticesView.class);
            more.setQueryParameters(new QueryParameters(Map.of("q", List.of(Objects.requireNonNull(ownWords, "a title is required in every language").replace(" ", " OR ")))));
            add(more);
        }
        addClassName("learn-from-others");
    }
}
