package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.security.Role;
import org.imcregistry.ui.ViewHeader;

/** The municipalities the register knows, by country and name; admins add and correct them. */
@Route("partnerships/municipalities")
@PermitAll
public class MunicipalitiesView extends Main implements HasDynamicTitle {

    private final MunicipalityDirectory directory;
    final ComboBox<String> country = new ComboBox<>();
    final TextField text = new TextField();
    final Grid<MunicipalitySummary> grid = new Grid<>();

    MunicipalitiesView(MunicipalityDirectory directory, AuthenticationContext authentication) {
        this.directory = directory;
        Locale locale = getLocale();
        boolean admin = authentication.hasRole(Role.ADMIN_NAME);
        country.setLabel(getTranslation("register.filter.country"));
        country.setItems(Countries.all(locale));
        country.setItemLabelGenerator(c -> Countries.name(c, locale));
        country.setClearButtonVisible(true);
        text.setLabel(getTranslation("municipalities.filter"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        country.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(country, text);
        toolbar.addClassName("toolbar");
        if (admin) {
            Button add = new Button(getTranslation("municipalities.new"), VaadinIcon.PLUS.create(),
                    e -> new MunicipalityDialog(directory, null, this::refresh).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(add);
        }
        grid.addColumn(MunicipalitySummary::name).setHeader(getTranslation("municipality.name")).setAutoWidth(true);
        grid.addColumn(MunicipalitySummary::reference).setHeader(getTranslation("municipality.code"))
                .setAutoWidth(true);
        grid.addColumn(MunicipalitySummary::region).setHeader(getTranslation("municipality.region"));
        grid.addColumn(m -> Countries.name(m.country(), locale)).setHeader(getTranslation("municipality.country"));
        grid.addColumn(m -> getTranslation("municipality.level." + m.level().name()))
                .setHeader(getTranslation("municipality.level"));
        grid.addColumn(m -> m.population() == null ? "" : String.format(locale, "%,d", m.population()))
                .setHeader(getTranslation("municipality.population")).setTextAlign(
                        com.vaadin.flow.component.grid.ColumnTextAlign.END);
        if (admin) {
            grid.addComponentColumn(m -> {
                Button edit = new Button(getTranslation("admin.users.edit"),
                        e -> new MunicipalityDialog(directory, m, this::refresh).open());
                edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(q -> directory.find(country.getValue(), text.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> directory.count(country.getValue(), text.getValue()));
        grid.setEmptyStateText(getTranslation("municipalities.none-found"));
        grid.setAriaLabel(getTranslation("municipalities.title"));
        add(new RouterLink(getTranslation("partnership.back"), PartnershipsView.class),
                new ViewHeader(getTranslation("municipalities.title"), getTranslation("municipalities.lead")), toolbar,
                grid);
        addClassName("list-view");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipalities.title");
    }
}
