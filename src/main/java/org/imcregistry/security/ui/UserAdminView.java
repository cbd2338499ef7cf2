package org.imcregistry.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.InvitationStatus;
import org.imcregistry.security.Invitations;
import org.imcregistry.security.Role;
import org.imcregistry.security.UserAdministration;
import org.imcregistry.ui.ViewHeader;

/** Administrators invite users, assign roles, send invitations and reset links again, and disable accounts. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 90, title = "admin.users.nav", icon = "USERS")
public class UserAdminView extends Main implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Invitations invitations;
    private final Clock clock;
    private final AccountActions actions;
    /** The invitation status of the rows fetched so far, read with each page so the grid asks once per page. */
    private final Map<Long, InvitationStatus> invited = new ConcurrentHashMap<>();
    final TextField filter = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();

    UserAdminView(UserAdministration administration, Invitations invitations, Clock clock) {
        this.administration = administration;
        this.invitations = invitations;
        this.clock = clock;
        this.actions = new AccountActions(administration, invitations, this::refresh);
        filter.setPlaceholder(getTranslation("admin.users.filter"));
        filter.setAriaLabel(getTranslation("admin.users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(100);
        filter.addValueChangeListener(e -> refresh());
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
        grid.addComponentColumn(a -> actions.of(a, invited.get(a.id())))
                .setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        grid.setItems(query -> page(query.getOffset(), query.getLimit()).stream(),
                query -> administration.count(filter.getValue()));
        grid.setEmptyStateText(getTranslation("admin.users.none-found"));
    }

    private List<AccountSummary> page(int offset, int limit) {
        List<AccountSummary> page = administration.find(filter.getValue(), offset, limit);
        invited.putAll(invitations.statuses(page.stream().map(AccountSummary::id).toList()));
        return page;
    }

    /** Disabled first: it is what stops the person; then an open invitation, which says why they never signed in. */
    private String status(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("account.status.disabled");
        }
        InvitationStatus invitation = invited.get(account.id());
        if (invitation != null) {
            return getTranslation("invitation.status." + invitation);
        }
        return getTranslation(account.lockedAt(clock.instant()) ? "account.status.locked" : "account.status.active");
    }

    private void refresh() {
        invited.clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
