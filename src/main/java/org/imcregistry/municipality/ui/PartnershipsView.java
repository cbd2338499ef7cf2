package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.imcregistry.ui.SectionLanding;

/** The register of IMC partnerships, for everyone who is signed in. */
@Route("partnerships")
@PermitAll
@Menu(order = 4, title = "partnerships.nav", icon = "CONNECT")
public class PartnershipsView extends SectionLanding {

    public PartnershipsView() {
        super("partnerships", VaadinIcon.CONNECT);
    }
}
