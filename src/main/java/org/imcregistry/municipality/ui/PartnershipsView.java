package org.imcregistry.municipality.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.imcregistry.ui.Today;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.Term;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.PartnershipStatus;
import org.imcregistry.municipality.RegisterExport;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.security.Role;
import org.imcregistry.ui.ViewHeader;

/** The register: every partnership, filtered by country, form, service area, member and status. */
// A navigation target of other modules (the shell's menu and home page, links between features).
@NamedInterface("views")
@Route("partnerships")
@PermitAll
@Menu(order = 4, title = "partnerships.nav", icon = "CONNECT")
public class PartnershipsView extends Main implements HasDynamicTitle {

    private final Today today;

    private final PartnershipRegister register;
    final TextField text = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Term> legalForm = new ComboBox<>();
    final ComboBox<Term> serviceArea = new ComboBox<>();
    final ComboBox<MunicipalitySummary> member = new ComboBox<>();
    final Select<PartnershipStatus> status = new Select<>();
    final Grid<PartnershipRow> grid = new Grid<>();

    PartnershipsView(PartnershipRegister register, MunicipalityDirectory directory, RegisterExport export,
            AuthenticationContext authentication, Today today) {
        this.register = register;
        this.today = today;
        Locale locale = getLocale();
        text.setLabel(getTranslation("register.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        country.setLabel(getTranslation("register.filter.country"));
        country.setItems(Countries.all(locale));
        country.setItemLabelGenerator(c -> Countries.name(c, locale));
        legalForm.setLabel(getTranslation("register.filter.legal-form"));
        legalForm.setItems(directory.legalForms());
        legalForm.setItemLabelGenerator(t -> t.label(locale));
        serviceArea.setLabel(getTranslation("register.filter.service-area"));
        serviceArea.setItems(directory.serviceAreas());
        serviceArea.setItemLabelGenerator(t -> t.label(locale));
        member.setLabel(getTranslation("register.filter.member"));
        member.setItems(q -> directory.find(null, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        member.setItemLabelGenerator(m -> m.name() + " (" + m.reference() + ")");
        status.setLabel(getTranslation("register.filter.status"));
        status.setItems(PartnershipStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("register.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("register.filter.any")
                : getTranslation("partnership.status." + s.name()));
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {text, country, legalForm, serviceArea, member,
                status}) {
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        for (var box : java.util.List.of(country, legalForm, serviceArea, member)) {
            box.setClearButtonVisible(true);
        }
        FlexLayout filters = new FlexLayout(text, country, legalForm, serviceArea, member, status);
        filters.addClassName("filters");
        configureGrid(locale);
        add(new ViewHeader(getTranslation("partnerships.title"), getTranslation("partnerships.lead")),
                actions(export, authentication.hasRole(Role.ADMIN_NAME)), filters, grid);
        addClassName("list-view");
    }

    private HorizontalLayout actions(RegisterExport export, boolean admin) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = export.workbook(filter(), getLocale(), this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "imc-register-" + today.date() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "");
        download.add(new Button(getTranslation("register.export"), VaadinIcon.DOWNLOAD.create()));
        download.getElement().setAttribute("download", true);
        Button overview = new Button(getTranslation("register.overview"), VaadinIcon.BAR_CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(RegisterOverviewView.class)));
        Button municipalities = new Button(getTranslation("municipalities.title"), VaadinIcon.BUILDING.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(MunicipalitiesView.class)));
        HorizontalLayout actions = new HorizontalLayout(overview, municipalities, download);
        if (admin) {
            Button create = new Button(getTranslation("register.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(PartnershipEditorView.class)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            Button importFile = new Button(getTranslation("register.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(RegisterImportView.class)));
            Button lists = new Button(getTranslation("lists.title"), VaadinIcon.LIST.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ManagedListsView.class)));
            actions.add(lists);
            actions.addComponentAsFirst(importFile);
            actions.addComponentAsFirst(create);
        }
        actions.addClassName("toolbar");
        return actions;
    }

    private void configureGrid(Locale locale) {
        grid.addComponentColumn(p -> new RouterLink(p.name(), PartnershipView.class, PartnershipView.parameters(p.id())))
                .setHeader(getTranslation("register.column.name")).setFlexGrow(3).setAutoWidth(true);
        grid.addColumn(p -> p.legalForm().label(locale)).setHeader(getTranslation("register.column.legal-form"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.serviceAreas().stream().map(t -> t.label(locale)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("register.column.service-areas")).setFlexGrow(2);
        grid.addColumn(p -> String.join(", ", p.countries())).setHeader(getTranslation("register.column.countries"))
                .setAutoWidth(true);
        grid.addColumn(PartnershipRow::memberCount).setHeader(getTranslation("register.column.member-count"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("partnership.status." + p.status().name()))
                .setHeader(getTranslation("register.column.status")).setAutoWidth(true);
        grid.setItems(q -> register.find(filter(), q.getOffset(), q.getLimit()).stream(), q -> register.count(filter()));
        grid.setEmptyStateText(getTranslation("register.none-found"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("register-grid");
        grid.setAriaLabel(getTranslation("partnerships.title"));
    }

    private void open(PartnershipRow row) {
        getUI().ifPresent(ui -> ui.navigate(PartnershipView.class, PartnershipView.parameters(row.id())));
    }

    RegisterFilter filter() {
        return new RegisterFilter(text.getValue(), country.getValue(),
                legalForm.getValue() == null ? null : legalForm.getValue().code(),
                serviceArea.getValue() == null ? null : serviceArea.getValue().code(),
                member.getValue() == null ? null : member.getValue().id(), status.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnerships.title");
    }
}
