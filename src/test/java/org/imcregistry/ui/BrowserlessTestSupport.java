package org.imcregistry.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.imcregistry.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Browserless UI tests signed in as one of the demo users (username = role in lower case). */
public abstract class BrowserlessTestSupport extends SpringBrowserlessTest {

    /** The strategy the application checks access with (Vaadin's), not whichever one is static right now. */
    @Autowired
    protected SecurityContextHolderStrategy securityContext;

    /** Signs in as the demo user of {@code role}; the next navigation sees the new user. */
    protected void signInAs(Role role) {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.name().toLowerCase(Locale.ROOT), "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    protected void signOut() {
        securityContext.clearContext();
    }

    protected String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
