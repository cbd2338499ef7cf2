package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.search.GlossaryConcepts;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * Editors add and correct glossary concepts (terms in English, Norwegian, Polish) that let a search find records in
 * the other languages; the shipped glossary stays as it is and is searched with them.
 */
@Route("practices/glossary")
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class GlossaryView extends Main implements HasDynamicTitle {

    private final GlossaryConcepts glossary;
    private final CurrentUser currentUser;
    private final Grid<GlossaryConcepts.Entry> grid = new Grid<>();

    GlossaryView(GlossaryConcepts glossary, CurrentUser currentUser) {
        this.glossary = glossary;
        this.currentUser = currentUser;
        add(new RouterLink(getTranslation("practices.title"), PracticesView.class),
                new ViewHeader(getTranslation("glossary.title"), getTranslation("glossary.lead")));
        grid.addColumn(GlossaryConcepts.Entry::en).setHeader("English");
        grid.addColumn(GlossaryConcepts.Entry::nb).setHeader("Norsk bokmål");
        grid.addColumn(GlossaryConcepts.Entry::pl).setHeader("Polski");
        grid.addComponentColumn(entry -> {
            Button edit = new Button(getTranslation("admin.users.edit"), e -> editor(entry).open());
            Button delete = new Button(getTranslation("glossary.delete"), e -> {
                glossary.delete(entry.id());
                refresh();
            });
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(edit, delete);
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("glossary.title"));
        grid.setEmptyStateText(getTranslation("glossary.empty"));
        Button add = new Button(getTranslation("glossary.add"), VaadinIcon.PLUS.create(), e -> editor(null).open());
        add(add, grid);
        refresh();
        addClassName("list-view");
    }

    private void refresh() {
        grid.setItems(glossary.entries());
    }

    private Dialog editor(GlossaryConcepts.@Nullable Entry existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "glossary.add" : "admin.users.edit"));
        TextField en = new TextField("English");
        TextField nb = new TextField("Norsk bokmål");
        TextField pl = new TextField("Polski");
        Map<String, TextField> fields = Map.of("en", en, "nb", nb, "pl", pl);
        fields.values().forEach(f -> {
            f.setMaxLength(500);
            f.setHelperText(getTranslation("glossary.terms.help"));
        });
        if (existing != null) {
            en.setValue(existing.en());
            nb.setValue(existing.nb());
            pl.setValue(existing.pl());
        }
        dialog.add(new FormLayout(en, nb, pl));
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                glossary.save(existing == null ? null : existing.id(), en.getValue(), nb.getValue(), pl.getValue(),
                        currentUser.accountId().orElse(null));
                refresh();
                dialog.close();
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> {
                    TextField field = fields.getOrDefault(p.field(), en);
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
        return getTranslation("glossary.title");
    }
}
