package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.municipality.ManagedLists;
import org.imcregistry.municipality.Term;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/** Admins maintain the legal forms and service areas partnerships are described with. */
@Route("partnerships/lists")
@RolesAllowed(Role.ADMIN_NAME)
public class ManagedListsView extends Main implements HasDynamicTitle {

    private final ManagedLists lists;

    ManagedListsView(ManagedLists lists) {
        this.lists = lists;
        add(new RouterLink(getTranslation("partnership.back"), PartnershipsView.class),
                new ViewHeader(getTranslation("lists.title"), getTranslation("lists.lead")));
        for (ManagedLists.Kind kind : ManagedLists.Kind.values()) {
            add(section(kind));
        }
        addClassName("list-view");
    }

    private Main section(ManagedLists.Kind kind) {
        Grid<Term> grid = new Grid<>();
        grid.addColumn(Term::code).setHeader(getTranslation("lists.code")).setAutoWidth(true);
        grid.addColumn(Term::en).setHeader("English");
        grid.addColumn(Term::nb).setHeader("Norsk bokmål");
        grid.addColumn(Term::pl).setHeader("Polski");
        grid.addColumn(t -> getTranslation(t.active() ? "lists.in-use" : "lists.retired"))
                .setHeader(getTranslation("account.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button edit = new Button(getTranslation("admin.users.edit"), e -> editor(kind, t, grid).open());
            Button toggle = new Button(getTranslation(t.active() ? "lists.retire" : "lists.reinstate"), e -> {
                lists.setActive(kind, t.code(), !t.active());
                grid.setItems(lists.terms(kind));
            });
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(edit, toggle);
        }).setAutoWidth(true);
        grid.setItems(lists.terms(kind));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("lists." + kind.name()));
        Button add = new Button(getTranslation("lists.add"), VaadinIcon.PLUS.create(),
                e -> editor(kind, null, grid).open());
        Main section = new Main(new H2(getTranslation("lists." + kind.name())), add, grid);
        section.getElement().setAttribute("role", "region");
        section.getElement().setAttribute("aria-label", getTranslation("lists." + kind.name()));
        return section;
    }

    private Dialog editor(ManagedLists.Kind kind, @Nullable Term existing, Grid<Term> grid) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "lists.add" : "admin.users.edit"));
        TextField code = new TextField(getTranslation("lists.code"));
        code.setHelperText(getTranslation("lists.code.help"));
        code.setMaxLength(40);
        TextField en = new TextField("English");
        TextField nb = new TextField("Norsk bokmål");
        TextField pl = new TextField("Polski");
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            en.setValue(existing.en());
            nb.setValue(existing.nb());
            pl.setValue(existing.pl());
        }
        Map<String, TextField> fields = Map.of("code", code, "en", en, "nb", nb, "pl", pl);
        fields.values().forEach(f -> f.setRequired(true));
        dialog.add(new FormLayout(code, en, nb, pl));
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                lists.save(kind, new Term(code.getValue(), en.getValue(), nb.getValue(), pl.getValue(), true));
                grid.setItems(lists.terms(kind));
                dialog.close();
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> {
                    TextField field = Objects.requireNonNull(fields.get(p.field()), "problems name these fields");
                    field.setErrorMessage(getTranslation(p.messageKey(), p.argumentArray()));
                    field.setInvalid(true);
                });
                Notifications.error(getTranslation("validation.fix-fields", invalid.problems().size()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lists.title");
    }
}
