package org.imcregistry.competition.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.imcregistry.ui.Today;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/** The editions of good-practice competitions: managers run them, jurors open their queue of entries. */
// A navigation target of other modules (the shell's menu and home page, links between features).
@NamedInterface("views")
@Route("competitions")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.JUROR_NAME, Role.COORDINATOR_NAME})
@Menu(order = 3, title = "competitions.nav", icon = "TROPHY")
public class CompetitionsView extends Main implements HasDynamicTitle {

    private final Today today;

    private final Editions editions;
    private final EntryDialog.Sources sources;
    private final boolean manager;
    private final boolean juror;
    private final boolean coordinator;

    CompetitionsView(Editions editions, CurrentUser currentUser, EntryDialog.Sources sources, Today today) {
        this.today = today;
        this.editions = editions;
        this.sources = sources;
        this.coordinator = currentUser.hasRole(Role.COORDINATOR);
        this.manager = currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        this.juror = currentUser.hasRole(Role.JUROR);
        add(new ViewHeader(getTranslation("competitions.title"), getTranslation("competitions.lead")));
        if (manager) {
            Button create = new Button(getTranslation("competition.new"), VaadinIcon.PLUS.create(), e -> newEdition());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            HorizontalLayout toolbar = new HorizontalLayout(create);
            toolbar.addClassName("toolbar");
            add(toolbar);
        }
        List<Edition> all = manager || juror ? editions.all() : editions.openForEntries();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.TROPHY, getTranslation("competitions.empty.title"),
                    getTranslation("competitions.empty.text")));
        } else {
            Div cards = new Div();
            cards.addClassName("round-cards");
            all.forEach(edition -> cards.add(card(edition)));
            add(cards);
        }
        addClassName("list-view");
    }

    private Component card(Edition edition) {
        Paragraph facts = new Paragraph(getTranslation("competition.card.facts", edition.year(),
                getTranslation("competition.stage." + edition.stage().name()), edition.criteria().size(),
                edition.jurorsPerEntry()));
        HorizontalLayout actions = new HorizontalLayout();
        RouteParameters id = new RouteParameters("id", String.valueOf(edition.id()));
        if (manager) {
            actions.add(new Button(getTranslation("competition.manage"), VaadinIcon.COG.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(EditionView.class, id))));
        }
        if (coordinator && edition.stage() == org.imcregistry.competition.Stage.OPEN) {
            Button enter = new Button(getTranslation("competition.enter"), VaadinIcon.PLUS.create(),
                    e -> new EntryDialog(edition, sources, true, () -> { }).open());
            enter.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(enter);
        }
        if (juror) {
            Button judge = new Button(getTranslation("competition.judge"), VaadinIcon.STAR.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(JudgeView.class, id)));
            judge.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(judge);
        }
        Section card = new Section(new H2(edition.name()), facts, actions);
        card.addClassName("round-card");
        return card;
    }

    private void newEdition() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("competition.new"));
        TextField name = new TextField(getTranslation("competition.field.name"));
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        IntegerField year = new IntegerField(getTranslation("competition.field.year"));
        year.setValue(today.date().getYear());
        dialog.add(name, year);
        Button create = new Button(getTranslation("competition.create"), e -> {
            try {
                long id = editions.create(name.getValue(), year.getValue() == null ? 0 : year.getValue(), getLocale());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(EditionView.class, new RouteParameters("id", String.valueOf(id))));
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> {
                    var field = "year".equals(p.field()) ? year : name;
                    field.setErrorMessage(getTranslation(p.messageKey(), p.argumentArray()));
                    field.setInvalid(true);
                });
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competitions.title");
    }
}
