package org.imcregistry.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.practice.PracticeContent;

/** Under a record's title: where it is, since when, its language and partnership, its themes and goals as tags. */
final class PracticeFacts extends Div {

    PracticeFacts(PracticeContent content, PracticeLabels labels, PublicLists lists) {
        addClassName("practice-facts");
        List<String> where = new ArrayList<>();
        if (content.place() != null) {
            where.add(content.place());
        }
        if (content.region() != null) {
            where.add(content.region());
        }
        if (content.country() != null) {
            where.add(Countries.name(content.country(), getLocale()));
        }
        if (!where.isEmpty()) {
            add(new Paragraph(String.join(", ", where)));
        }
        List<String> more = new ArrayList<>();
        if (content.startYear() != null) {
            more.add(content.endYear() == null ? getTranslation("practice.since", content.startYear())
                    : getTranslation("practice.period", content.startYear(), content.endYear()));
        }
        more.add(labels.language(Objects.requireNonNull(content.language(), "a stored record has a language").code()));
        if (content.partnershipId() != null) {
            lists.partnershipName(content.partnershipId()).ifPresent(name ->
                    more.add(getTranslation("practice.partnership", name)));
        }
        add(new Paragraph(String.join(" · ", more)));
        Div tags = new Div();
        tags.addClassName("tags");
        content.themes().stream().sorted().forEach(t -> tags.add(new Span(labels.theme(t))));
        content.sdgs().stream().sorted().forEach(g -> {
            Span sdg = new Span(labels.sdg(g));
            sdg.addClassName("sdg");
            tags.add(sdg);
        });
        add(tags);
    }
}
