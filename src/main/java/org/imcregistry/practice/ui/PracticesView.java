package org.imcregistry.practice.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imcregistry.ui.SectionLanding;

/** Public entry to the good-practice registry; the search comes with the registry feature. */
@Route("practices")
@AnonymousAllowed
@Menu(order = 1, title = "practices.nav", icon = "LIGHTBULB")
public class PracticesView extends SectionLanding {

    public PracticesView() {
        super("practices", VaadinIcon.LIGHTBULB);
    }
}
