package org.imcregistry.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;
import org.imcregistry.security.AccountException;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.Role;
import org.imcregistry.security.UserAdministration;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/** Administrators create accounts, assign roles, reset passwords and disable accounts. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 90, title = "admin.users.nav", icon = "USERS")
public class UserAdminView extends Main implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Clock clock;
    final TextField filter = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();

    UserAdminView(UserAdministration administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
        filter.setPlaceholder(getTranslation("admin.users.filter"));
        filter.setAriaLabel(getTranslation("admin.users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(100);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(administration, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.addClassName("toolbar");
        configureGrid();
        add(new ViewHeader(getTranslation("admin.users.title"), getTranslation("admin.users.lead")), toolbar, grid);
        addClassName("list-view");
    }

    private void configureGrid() {
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.display-name"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles"));
        grid.addColumn(this::status).setHeader(getTranslation("account.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        grid.setItems(query -> administration.find(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> administration.count(filter.getValue()));
        grid.setEmptyStateText(getTranslation("admin.users.none-found"));
    }

    private String status(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("account.status.disabled");
        }
        return getTranslation(account.lockedAt(clock.instant()) ? "account.status.locked" : "account.status.active");
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button edit = new Button(getTranslation("admin.users.edit"),
                e -> new AccountDialog(administration, account, this::refresh).open());
        Button reset = new Button(getTranslation("admin.users.reset-password"),
                e -> new PasswordResetDialog(administration, account, this::refresh).open());
        Button toggle = new Button(getTranslation(account.enabled() ? "admin.users.disable" : "admin.users.enable"),
                e -> confirmEnabled(account, !account.enabled()));
        for (Button button : new Button[] {edit, reset, toggle}) {
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        return new HorizontalLayout(edit, reset, toggle);
    }

    private void confirmEnabled(AccountSummary account, boolean enabled) {
        String action = enabled ? "enable" : "disable";
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.users.confirm." + action + ".title"),
                getTranslation("admin.users.confirm." + action + ".text", account.displayName(), account.username()),
                getTranslation("admin.users." + action), e -> setEnabled(account, enabled));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        if (!enabled) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.open();
    }

    private void setEnabled(AccountSummary account, boolean enabled) {
        try {
            administration.setEnabled(account.id(), enabled);
            Notifications.success(getTranslation(enabled ? "admin.users.enabled" : "admin.users.disabled",
                    account.username()));
            refresh();
        } catch (AccountException refusal) {
            Notifications.refused(refusal);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
