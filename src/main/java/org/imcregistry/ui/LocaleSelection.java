package org.imcregistry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.imcregistry.common.SupportedLocales;
import org.springframework.stereotype.Component;

/**
 * Decides the language of every page before it is built: the user's remembered choice once they
 * sign in, otherwise what they picked in this session, otherwise the browser's language.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    private static final String APPLIED_FOR_USER = LocaleSelection.class.getName() + ".user";

    private final AuthenticationContext authentication;
    private final RememberedLocale remembered;

    LocaleSelection(AuthenticationContext authentication, RememberedLocale remembered) {
        this.authentication = authentication;
        this.remembered = remembered;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(e -> apply(e.getUI())));
    }

    /** Switches the session (and the user's remembered choice, when signed in) to {@code locale}. */
    public void choose(UI ui, Locale locale) {
        Locale chosen = SupportedLocales.closest(locale);
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        if (authentication.isAuthenticated()) {
            remembered.remember(chosen);
        }
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        authentication.getPrincipalName().ifPresent(username -> {
            if (!username.equals(session.getAttribute(APPLIED_FOR_USER))) {
                session.setAttribute(APPLIED_FOR_USER, username);
                remembered.preferred().ifPresent(session::setLocale);
            }
        });
        Locale effective = SupportedLocales.closest(session.getLocale());
        if (!effective.equals(ui.getLocale())) {
            ui.setLocale(effective);
        }
    }
}
