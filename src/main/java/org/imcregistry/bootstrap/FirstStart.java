package org.imcregistry.bootstrap;

import java.util.List;
import org.imcregistry.common.DemoData;
import org.imcregistry.security.InitialAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database: demo users and data (development), or the first admin
 * from {@code IMC_ADMIN_USERNAME}/{@code IMC_ADMIN_PASSWORD}. Never demo data in the {@code prod} profile.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final InitialAccounts initialAccounts;
    private final SecurityContextHolderStrategy securityContext;
    private final List<DemoData> demoData;
    private final Environment environment;
    private final boolean demoWanted;
    private final String adminUsername;
    private final String adminPassword;

    FirstStart(InitialAccounts initialAccounts, SecurityContextHolderStrategy securityContext, List<DemoData> demoData,
            Environment environment,
            @Value("${imc.first-admin.username:${IMC_ADMIN_USERNAME:}}") String adminUsername,
            @Value("${imc.first-admin.password:${IMC_ADMIN_PASSWORD:}}") String adminPassword) {
        this.initialAccounts = initialAccounts;
        this.securityContext = securityContext;
        this.demoData = demoData;
        this.environment = environment;
        // Demo people and data only when asked for by name, and never next to production settings.
        this.demoWanted = environment.acceptsProfiles(Profiles.of("demo"))
                && !environment.acceptsProfiles(Profiles.of("prod"));
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    /** Demo data goes through the services, whose access rules need someone signed in: the system, as admin. */
    private void asSystem(Runnable work) {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system",
                "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            work.run();
        } finally {
            securityContext.clearContext();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!initialAccounts.noneExist()) {
            return;
        }
        if (!adminUsername.isBlank()) {
            initialAccounts.createFirstAdmin(adminUsername.strip(), adminPassword);
            log.info("Created the first administrator from the environment (IMC_ADMIN_USERNAME)");
        }
        if (demoWanted) {
            initialAccounts.createDemoUsers();
            asSystem(() -> demoData.forEach(DemoData::create));
            initialAccounts.giveDemoAddresses();
            log.info("Empty database: created demo users and data (see README)");
        } else if (adminUsername.isBlank()) {
            log.warn("No accounts exist. Set IMC_ADMIN_USERNAME and IMC_ADMIN_PASSWORD and restart to create the first admin.");
        }
    }
}
