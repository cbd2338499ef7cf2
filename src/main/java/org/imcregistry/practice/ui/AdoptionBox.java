package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.imcregistry.municipality.ui.PartnershipView;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.practice.RecordAdoptions;
import org.imcregistry.ui.Notifications;

/**
 * Beside a public record: "adopted by N partnerships", each linked to its page with the date (in the reader's zone)
 * and its note; for the people of a partnership, the button to adopt it and, on their partnership's line, to
 * withdraw (after a question). A visitor sees the list without buttons. After each step the box shows itself anew.
 */
final class AdoptionBox extends Aside {

    private final long practiceId;
    private final Adoptions adoptions;
    private final DateTimeFormatter dates;

    AdoptionBox(long practiceId, Adoptions adoptions, ZoneId zone) {
        this.practiceId = practiceId;
        this.adoptions = adoptions;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        addClassName("adoptions");
        getElement().setAttribute("aria-labelledby", "adoptions-heading");
        show();
    }

    void show() {
        removeAll();
        RecordAdoptions shown = adoptions.onRecord(practiceId);
        H2 heading = new H2(getTranslation("practice.adoption.count", shown.count()));
        heading.setId("adoptions-heading");
        add(heading);
        if (shown.adoptions().isEmpty()) {
            add(new Paragraph(getTranslation("practice.adoption.explain")));
        } else {
            UnorderedList list = new UnorderedList();
            shown.adoptions().forEach(adoption -> list.add(line(adoption)));
            add(list);
        }
        if (!shown.mayAdoptFor().isEmpty()) {
            Button adopt = new Button(getTranslation("practice.adoption.adopt"), VaadinIcon.HANDSHAKE.create(),
                    e -> new AdoptDialog(shown.mayAdoptFor(), (partnership, note) -> {
                        adoptions.adopt(practiceId, partnership, note);
                        Notifications.success(getTranslation("practice.adoption.adopted",
                                shown.mayAdoptFor().get(partnership)));
                    }, this::show).open());
            adopt.addThemeVariants(ButtonVariant.PRIMARY);
            adopt.addClassName("adopt");
            add(adopt);
        }
    }

    private ListItem line(RecordAdoptions.Adoption adoption) {
        ListItem item = new ListItem(new RouterLink(adoption.partnershipName(), PartnershipView.class,
                new RouteParameters("id", String.valueOf(adoption.partnershipId()))));
        Span since = new Span(" — " + getTranslation("practice.adoption.since", dates.format(adoption.adoptedAt())));
        since.addClassName("hit-meta");
        item.add(since);
        Paragraph note = new Paragraph(adoption.note());
        note.addClassName("adoption-note");
        item.add(note);
        if (adoption.mayWithdraw()) {
            Button withdraw = new Button(getTranslation("practice.adoption.withdraw"), e -> confirmWithdraw(adoption));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            withdraw.setAriaLabel(getTranslation("practice.adoption.withdraw.label", adoption.partnershipName()));
            item.add(withdraw);
        }
        return item;
    }

    private void confirmWithdraw(RecordAdoptions.Adoption adoption) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("practice.adoption.withdraw.title"),
                getTranslation("practice.adoption.withdraw.text", adoption.partnershipName()),
                getTranslation("practice.adoption.withdraw"), e -> {
                    adoptions.withdraw(practiceId, adoption.partnershipId());
                    Notifications.success(getTranslation("practice.adoption.withdrawn", adoption.partnershipName()));
                    show();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }
}
