package org.imcregistry.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.stream.Collectors;
import org.imcregistry.privacy.PersonalDataInventory;
import org.imcregistry.privacy.PersonalDataInventory.Activity;
import org.imcregistry.security.Role;
import org.imcregistry.ui.ViewHeader;

/**
 * The record of processing activities (GDPR Art. 30) for the controller's administrators: one row per purpose, with
 * the categories of personal data, the legal basis, how long it is kept and where. Generated from the inventory, so
 * it says what the running version keeps, in the viewer's language.
 */
@Route("admin/privacy")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 92, title = "privacy.record.nav", icon = "SHIELD")
public class ProcessingRecordView extends Main implements HasDynamicTitle {

    final Grid<Activity> grid = new Grid<>();

    ProcessingRecordView(PersonalDataInventory inventory) {
        add(new ViewHeader(getTranslation("privacy.record.title"), getTranslation("privacy.record.lead")));
        grid.addColumn(a -> getTranslation("privacy.purpose." + a.purpose()))
                .setHeader(getTranslation("privacy.record.purpose")).setAutoWidth(true);
        grid.addColumn(a -> texts("privacy.category.", a.categories()))
                .setHeader(getTranslation("privacy.record.categories")).setFlexGrow(2);
        grid.addColumn(a -> texts("privacy.basis.", a.legalBases()))
                .setHeader(getTranslation("privacy.record.basis")).setFlexGrow(1);
        grid.addColumn(a -> texts("privacy.retention.", a.retentions()))
                .setHeader(getTranslation("privacy.record.retention")).setFlexGrow(2);
        grid.addColumn(a -> a.columns().stream().map(c -> c.table() + "." + c.column())
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("privacy.record.columns")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setItems(inventory.activities());
        add(new RouterLink(getTranslation("privacy.rights.nav"), PersonalDataView.class), grid);
        addClassName("list-view");
    }

    private String texts(String prefix, Collection<String> codes) {
        return codes.stream().map(c -> getTranslation(prefix + c)).collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.record.title");
    }
}
