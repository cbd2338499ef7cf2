package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.util.Optional;
import org.imcregistry.municipality.ui.RegisterOverviewSection;
import org.imcregistry.practice.AdoptionFigures;
import org.imcregistry.practice.Adoptions;
import org.springframework.core.annotation.Order;

/** On the register's overview: how many adoptions, by how many partnerships, of how many records; the most adopted. */
@org.springframework.stereotype.Component
@Order(10)
class AdoptionsOverview implements RegisterOverviewSection {

    static final int MOST_ADOPTED = 5;

    private final Adoptions adoptions;

    AdoptionsOverview(Adoptions adoptions) {
        this.adoptions = adoptions;
    }

    @Override
    public Optional<Component> panel() {
        return Optional.of(new Panel(adoptions.figures(MOST_ADOPTED)));
    }

    /** The panel itself, built in the UI that shows it. */
    static final class Panel extends Section {

        Panel(AdoptionFigures figures) {
            addClassNames("chart-panel", "adoption-figures");
            add(new H2(getTranslation("overview.adoptions.title")));
            if (figures.adoptions() == 0) {
                add(new Paragraph(getTranslation("overview.adoptions.none")));
                return;
            }
            DescriptionList counts = new DescriptionList();
            counts.addClassName("facts");
            count(counts, "overview.adoptions.count", figures.adoptions());
            count(counts, "overview.adoptions.partnerships", figures.partnerships());
            count(counts, "overview.adoptions.records", figures.records());
            OrderedList most = new OrderedList();
            for (AdoptionFigures.MostAdopted record : figures.mostAdopted()) {
                Span count = new Span(" — " + getTranslation("overview.adoptions.item", record.partnerships()));
                count.addClassName("hit-meta");
                most.add(new ListItem(new RouterLink(record.title(), PracticeView.class,
                        new RouteParameters("id", String.valueOf(record.practiceId()))), count));
            }
            add(counts, new H3(getTranslation("overview.adoptions.most")), most);
        }

        private void count(DescriptionList counts, String key, long value) {
            counts.add(new DescriptionList.Term(getTranslation(key)),
                    new DescriptionList.Description(NumberFormat.getIntegerInstance(getLocale()).format(value)));
        }
    }
}
