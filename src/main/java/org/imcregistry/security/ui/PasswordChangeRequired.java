package org.imcregistry.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.imcregistry.security.MyAccount;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a one-time or reset password is sent to "My account" until they choose
 * their own, so a password that passed through other hands does not stay in use.
 */
@Component
class PasswordChangeRequired implements VaadinServiceInitListener {

    static final String CHANGED = PasswordChangeRequired.class.getName() + ".done";

    private final AuthenticationContext authentication;
    private final MyAccount myAccount;

    PasswordChangeRequired(AuthenticationContext authentication, MyAccount myAccount) {
        this.authentication = authentication;
        this.myAccount = myAccount;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (!authentication.isAuthenticated() || MyAccountView.class.equals(event.getNavigationTarget())
                || LoginView.class.equals(event.getNavigationTarget())
                || event.getUI().getSession().getAttribute(CHANGED) != null) {
            return;
        }
        if (myAccount.mustChangePassword()) {
            event.rerouteTo(MyAccountView.class);
        } else {
            event.getUI().getSession().setAttribute(CHANGED, Boolean.TRUE);
        }
    }
}
