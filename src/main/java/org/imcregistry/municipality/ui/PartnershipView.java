package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipStatus;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;

/**
 * A partnership's page: what it is, who its members are, who takes part, (for its coordinators) edit, and what other
 * features add ({@link PartnershipPageSection}).
 */
// A navigation target of other modules (a record's adopting partnerships link here).
@NamedInterface("views")
@Route("partnerships/:id")
@PermitAll
public class PartnershipView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnershipRegister register;
    private final InviteDialog.Factory invitations;
    private final ObjectProvider<PartnershipPageSection> sections;
    private String title = "";

    PartnershipView(PartnershipRegister register, InviteDialog.Factory invitations,
            ObjectProvider<PartnershipPageSection> sections) {
        this.register = register;
        this.invitations = invitations;
        this.sections = sections;
        addClassName("detail-view");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(register.details(id));
        } catch (NumberFormatException | UserFacingException e) {
            title = getTranslation("partnership.not-found.title");
            add(new EmptyState(VaadinIcon.CONNECT, title, getTranslation("partnership.not-found.text")),
                    new RouterLink(getTranslation("partnership.back"), PartnershipsView.class));
        }
    }

    private void show(PartnershipDetails details) {
        Locale locale = getLocale();
        var row = details.row();
        title = row.name();
        add(new RouterLink(getTranslation("partnership.back"), PartnershipsView.class));
        add(new ViewHeader(row.name(), details.description()));
        if (details.editable()) {
            Button edit = new Button(getTranslation("partnership.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(PartnershipEditorView.class, parameters(row.id()))));
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            Button invite = new Button(getTranslation("partnership.invite"), VaadinIcon.USER_CHECK.create(),
                    e -> invitations.open(details, () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
            add(new HorizontalLayout(edit, invite));
        }
        DescriptionList facts = new DescriptionList();
        fact(facts, "partnership.legal-form", row.legalForm().label(locale));
        fact(facts, "partnership.service-areas", row.serviceAreas().stream().map(t -> t.label(locale))
                .collect(Collectors.joining(", ")));
        fact(facts, "partnership.countries", row.countries().stream().map(c -> Countries.name(c, locale))
                .collect(Collectors.joining(", ")));
        fact(facts, "partnership.founding-year", row.foundingYear() == null ? null : row.foundingYear().toString());
        fact(facts, "partnership.status", row.status() == PartnershipStatus.DISSOLVED
                ? getTranslation("partnership.status.dissolved-on",
                        Objects.requireNonNull(row.dissolvedOn(), "a dissolved partnership has its date").toString())
                : getTranslation("partnership.status." + row.status().name()));
        facts.add(new DescriptionList.Term(getTranslation("partnership.website")),
                new DescriptionList.Description(row.website() == null ? new Span("—")
                        : new Anchor(row.website(), row.website())));
        fact(facts, "partnership.contact", row.contact());
        facts.addClassName("facts");
        add(facts, new H2(getTranslation("partnership.members.title")), members(details, locale),
                new H2(getTranslation("partnership.people.title")), people(details));
        sections.orderedStream().map(section -> section.of(row.id())).flatMap(Optional::stream).forEach(this::add);
    }

    private void fact(DescriptionList facts, String key, @Nullable String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private Grid<PartnershipDetails.Member> members(PartnershipDetails details, Locale locale) {
        Grid<PartnershipDetails.Member> grid = new Grid<>();
        grid.addColumn(m -> m.municipality().name()).setHeader(getTranslation("municipality.name")).setAutoWidth(true);
        grid.addColumn(m -> m.municipality().reference()).setHeader(getTranslation("municipality.code"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.municipality().region()).setHeader(getTranslation("municipality.region"));
        grid.addColumn(m -> Countries.name(m.municipality().country(), locale))
                .setHeader(getTranslation("municipality.country"));
        grid.addColumn(m -> getTranslation("member.role." + m.role().name())).setHeader(getTranslation("member.role"));
        grid.addColumn(m -> m.joinedOn() == null ? "" : m.joinedOn().toString())
                .setHeader(getTranslation("member.joined-on"));
        grid.setItems(details.members());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("partnership.members.title"));
        return grid;
    }

    private Component people(PartnershipDetails details) {
        if (details.people().isEmpty()) {
            return new Paragraph(getTranslation("partnership.people.none"));
        }
        Grid<PartnershipDetails.Person> grid = new Grid<>();
        grid.addColumn(PartnershipDetails.Person::displayName).setHeader(getTranslation("account.display-name"));
        if (details.people().stream().anyMatch(p -> p.username() != null)) {
            grid.addColumn(PartnershipDetails.Person::username).setHeader(getTranslation("account.username"));
        }
        grid.addColumn(p -> getTranslation("person.role." + p.role().name())).setHeader(getTranslation("person.role"));
        if (details.people().stream().anyMatch(p -> p.invitation() != null)) {
            grid.addColumn(p -> p.invitation() == null ? "" : getTranslation("invitation.status." + p.invitation()))
                    .setHeader(getTranslation("invitation.status"));
            grid.addComponentColumn(p -> p.invitation() == null ? new Span() : resendButton(details, p))
                    .setHeader(getTranslation("admin.users.actions"));
        }
        grid.setItems(details.people());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("partnership.people.title"));
        return grid;
    }

    /** Coordinators send a lost or expired invitation again themselves, rather than asking an administrator. */
    private Button resendButton(PartnershipDetails details, PartnershipDetails.Person person) {
        Button resend = new Button(getTranslation("invitation.resend"), e -> {
            register.resendInvitation(details.row().id(), person.accountId());
            Notifications.success(getTranslation("invitation.resent", person.displayName()));
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        resend.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return resend;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
