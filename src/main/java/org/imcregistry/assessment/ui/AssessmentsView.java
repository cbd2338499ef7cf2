package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.imcregistry.security.Role;
import org.imcregistry.ui.SectionLanding;

/** The self-assessment of a partnership, for its coordinator and members. */
@Route("assessments")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
@Menu(order = 2, title = "assessments.nav", icon = "CHART_GRID")
public class AssessmentsView extends SectionLanding {

    public AssessmentsView() {
        super("assessments", VaadinIcon.CHART_GRID);
    }
}
