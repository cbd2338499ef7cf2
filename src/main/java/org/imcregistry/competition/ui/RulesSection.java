package org.imcregistry.competition.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;
import org.imcregistry.competition.Edition;

/** An edition's rules as everyone on its page reads them: method, shortlist rule, jury, scale, criteria, checklist. */
class RulesSection extends Section {

    RulesSection(Edition edition) {
        UnorderedList criteria = new UnorderedList();
        edition.criteria().forEach(c -> criteria.add(new ListItem(getTranslation("competition.criterion.weight",
                c.name().in(getLocale()), c.weight()))));
        UnorderedList eligibility = new UnorderedList();
        edition.rules().forEach(r -> eligibility.add(new ListItem(r.in(getLocale()))));
        Paragraph method = new Paragraph(getTranslation("competition.rules.summary",
                getTranslation("competition.aggregation." + edition.aggregation().name()),
                getTranslation("competition.rule." + edition.rule().name(), edition.ruleValue()),
                edition.jurorsPerEntry(), getTranslation(edition.blind() ? "competition.blind.on" : "competition.blind.off"),
                edition.tieBreaks().stream().map(t -> getTranslation("competition.tie." + t.name()))
                        .collect(Collectors.joining(" → ")), edition.scaleMin(), edition.scaleMax()));
        if (edition.judgingDeadline() != null) {
            method.add(" " + getTranslation("competition.rules.judging-deadline", edition.judgingDeadline().toString()));
        }
        add(new H2(getTranslation("competition.rules")), method,
                new Paragraph(getTranslation("competition.criteria")), criteria,
                new Paragraph(getTranslation("competition.eligibility")), eligibility);
    }
}
