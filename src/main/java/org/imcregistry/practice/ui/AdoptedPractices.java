package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.imcregistry.municipality.ui.PartnershipPageSection;
import org.imcregistry.practice.AdoptedRecord;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.ui.UserZone;
import org.springframework.core.annotation.Order;

/**
 * On a partnership's page: the good practices it adopts, newest first, each linked to its record with the date and
 * the note. The register cannot ask the registry itself (the registry depends on the register), so it asks this.
 */
@org.springframework.stereotype.Component
@Order(10)
class AdoptedPractices implements PartnershipPageSection {

    private final Adoptions adoptions;

    AdoptedPractices(Adoptions adoptions) {
        this.adoptions = adoptions;
    }

    @Override
    public Optional<Component> of(long partnershipId) {
        return Optional.of(new AdoptedList(adoptions.adoptedBy(partnershipId)));
    }

    /** The section itself, built in the UI that shows it. */
    static final class AdoptedList extends Section {

        AdoptedList(List<AdoptedRecord> adopted) {
            addClassName("adopted-practices");
            add(new H2(getTranslation("practice.adoption.partnership.title")));
            if (adopted.isEmpty()) {
                add(new Paragraph(getTranslation("practice.adoption.partnership.none") + " "),
                        new RouterLink(getTranslation("practice.adoption.partnership.find"), PracticesView.class));
                return;
            }
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                    .withZone(UserZone.current());
            UnorderedList list = new UnorderedList();
            for (AdoptedRecord record : adopted) {
                ListItem item = new ListItem(new RouterLink(record.title(), PracticeView.class,
                        new RouteParameters("id", String.valueOf(record.practiceId()))));
                Span since = new Span(" — " + getTranslation("practice.adoption.since",
                        dates.format(record.adoptedAt())));
                since.addClassName("hit-meta");
                Paragraph note = new Paragraph(record.note());
                note.addClassName("adoption-note");
                item.add(since, note);
                list.add(item);
            }
            add(list);
        }
    }
}
