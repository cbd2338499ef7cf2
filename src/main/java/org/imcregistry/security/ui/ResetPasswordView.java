package org.imcregistry.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imcregistry.security.LinkPurpose;
import org.imcregistry.security.PasswordLinks;
import org.imcregistry.ui.LocaleSelection;

/** Where someone who forgot their password chooses a new one, by the link in their reset mail. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends PasswordLinkView {

    ResetPasswordView(PasswordLinks links, LocaleSelection localeSelection) {
        super(links, localeSelection, LinkPurpose.PASSWORD_RESET, "link.reset");
    }
}
