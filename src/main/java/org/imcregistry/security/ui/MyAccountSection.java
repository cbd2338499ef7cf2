package org.imcregistry.security.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature adds to "My account", such as the download of one's own data (privacy): accounts know
 * nothing of the features that depend on them, so the view asks every bean of this type and adds what they build.
 */
@NamedInterface("account-sections")
public interface MyAccountSection {

    /** The section for the signed-in person, built for the current UI. */
    Component build();
}
