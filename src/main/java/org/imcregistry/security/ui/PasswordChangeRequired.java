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

    /** Holds the username whose password is known to be their own, so the check runs once per sign-in. */
    static final String CHECKED_FOR = PasswordChangeRequired.class.getName() + ".checkedFor";

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
        String username = authentication.getPrincipalName().orElse(null);
        if (username == null || MyAccountView.class.equals(event.getNavigationTarget())
                || LoginView.class.equals(event.getNavigationTarget())
                || username.equals(event.getUI().getSession().getAttribute(CHECKED_FOR))) {
            return;
        }
        if (myAccount.mustChangePassword()) {
            event.rerouteTo(MyAccountView.class);
        } else {
            event.getUI().getSession().setAttribute(CHECKED_FOR, username);
        }
    }
}
