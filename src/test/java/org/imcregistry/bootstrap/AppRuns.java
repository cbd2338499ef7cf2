package org.imcregistry.bootstrap;

import java.util.List;
import java.util.function.Function;
import org.imcregistry.Application;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.UserAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Starts the real application the way the README does (file database, random port) and stops it again. */
public final class AppRuns {

    private AppRuns() {
    }

    public static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--logging.level.root=warn";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(Application.class).run(all);
    }

    /** Where the started application answers on loopback, e.g. {@code http://localhost:41234}. */
    public static String baseUrl(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** What an administrator sees in the user list. */
    public static List<AccountSummary> accounts(ConfigurableApplicationContext app) {
        return asAdmin(app, () -> app.getBean(UserAdministration.class).find("", 0, 100));
    }

    public static <T> T asAdmin(ConfigurableApplicationContext app, java.util.function.Supplier<T> action) {
        SecurityContextHolderStrategy securityContext = app.getBean(SecurityContextHolderStrategy.class);
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return action.get();
        } finally {
            securityContext.clearContext();
        }
    }

    public static List<String> usernames(ConfigurableApplicationContext app) {
        return accounts(app).stream().map(AccountSummary::username).toList();
    }

    public static <T> T with(ConfigurableApplicationContext app, Function<ConfigurableApplicationContext, T> check) {
        try (app) {
            return check.apply(app);
        }
    }
}
