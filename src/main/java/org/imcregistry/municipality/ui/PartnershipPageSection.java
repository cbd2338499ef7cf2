package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature adds to a partnership's page, such as the good practices it adopts (practice): the
 * register knows nothing of those features, which depend on it, so it asks every bean of this type, in
 * {@code @Order}, and places what they build under its own sections.
 */
@NamedInterface("sections")
public interface PartnershipPageSection {

    /** The section for this partnership, built for the current UI; empty to add nothing. */
    Optional<Component> of(long partnershipId);
}
