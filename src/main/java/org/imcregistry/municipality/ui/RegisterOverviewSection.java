package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A panel another feature adds to the register's overview, such as the adoptions of good practices (practice), in
 * {@code @Order} after the register's own charts; see {@link PartnershipPageSection} for why it is asked this way.
 */
@NamedInterface("sections")
public interface RegisterOverviewSection {

    /** The panel, built for the current UI; empty to add nothing. */
    Optional<Component> panel();
}
