package org.imcregistry.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.imcregistry.security.Role;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Browserless UI tests signed in as one of the demo users (username = role in lower case). */
@ExtendWith(BrowserlessTestSupport.SignInTheTestsUser.class)
public abstract class BrowserlessTestSupport extends SpringBrowserlessTest {

    /** The strategy the application checks access with (Vaadin's), not whichever one is static right now. */
    @Autowired
    protected SecurityContextHolderStrategy securityContext;

    /**
     * {@code @WithUserDetails} signs in through the static holder, whose strategy is that of whichever application
     * context started last, while this context's views check their own strategy; and the mocked UI takes its user
     * when it is created, before any {@code @BeforeEach} of ours. So before that, the user the test names is
     * signed in again here, loaded from this context's own database.
     */
    static final class SignInTheTestsUser implements BeforeEachCallback {

        private static Authentication mock(WithMockUser user) {
            List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
            for (String authority : user.authorities()) {
                authorities.add(new SimpleGrantedAuthority(authority));
            }
            if (authorities.isEmpty()) {
                for (String role : user.roles()) {
                    authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
                }
            }
            String username = user.username().isEmpty() ? user.value() : user.username();
            return UsernamePasswordAuthenticationToken.authenticated(
                    new org.springframework.security.core.userdetails.User(username, user.password(), authorities),
                    user.password(), authorities);
        }

        @Override
        public void beforeEach(ExtensionContext test) {
            WithUserDetails user = test.getTestMethod().map(m -> m.getAnnotation(WithUserDetails.class))
                    .or(() -> test.getTestClass().map(c -> c.getAnnotation(WithUserDetails.class))).orElse(null);
            ApplicationContext app = SpringExtension.getApplicationContext(test);
            SecurityContextHolderStrategy strategy = app.getBean(SecurityContextHolderStrategy.class);
            SecurityContextHolder.setContextHolderStrategy(strategy);
            // @WithMockUser names a user without a database: built here the way Spring Security's factory does
            WithMockUser mockUser = test.getTestMethod().map(m -> m.getAnnotation(WithMockUser.class))
                    .or(() -> test.getTestClass().map(c -> c.getAnnotation(WithMockUser.class))).orElse(null);
            Authentication mock = mockUser == null ? null : mock(mockUser);
            strategy.clearContext();
            if (mock != null) {
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(mock);
                strategy.setContext(context);
            } else if (user != null) {
                UserDetails details = app.getBean(UserDetailsService.class).loadUserByUsername(user.value());
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details,
                        details.getPassword(), details.getAuthorities()));
                strategy.setContext(context);
            }
        }
    }

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
