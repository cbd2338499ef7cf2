package org.imcregistry.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imcregistry.security.LinkPurpose;
import org.imcregistry.security.PasswordLinks;
import org.imcregistry.ui.LocaleSelection;

/** Where an invited person chooses their first password, by the link in their invitation mail. */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends PasswordLinkView {

    InvitationView(PasswordLinks links, LocaleSelection localeSelection) {
        super(links, localeSelection, LinkPurpose.INVITATION, "link.invitation");
    }
}
