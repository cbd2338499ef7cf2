package org.imcregistry.competition.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.imcregistry.security.Role;
import org.imcregistry.ui.SectionLanding;

/** Good-practice competitions, for their managers and jurors. */
@Route("competitions")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.JUROR_NAME})
@Menu(order = 3, title = "competitions.nav", icon = "TROPHY")
public class CompetitionsView extends SectionLanding {

    public CompetitionsView() {
        super("competitions", VaadinIcon.TROPHY);
    }
}
