package org.imcregistry.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts an empty database starts with: demo users in development, or the first admin in production. */
@Service
public class InitialAccounts {

    /** Where the demo people's mail goes: recognisable as demo mail in Outgoing mail. */
    static final String DEMO_MAIL_DOMAIN = "demo.imc-registry.org";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    InitialAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    // The first start of an empty database (FirstStart, demo data) calls these before anyone can sign in; no view may (ArchitectureTest).
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean noneExist() {
        return accounts.count() == 0;
    }

    /** One demo user a role: username = the role in lower case, password = {@code demo-} + username (README). */
    @PreAuthorize("permitAll()")
    @Transactional
    public void createDemoUsers() {
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase(Locale.ROOT);
            create(username, DemoNames.of(role), "demo-" + username, EnumSet.of(role));
        }
    }

    /** A further demo user (password {@code demo-} + username), for demo data that needs more than one of a role. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void createDemoUser(String username, String displayName, Role role) {
        create(username, displayName, "demo-" + username, EnumSet.of(role));
    }

    /**
     * Gives every account without an e-mail address {@code <username>@demo.imc-registry.org}, so that the demo's
     * notifications can be read in Outgoing mail. Called after the demo data is made, so that making it sends none.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void giveDemoAddresses() {
        accounts.findAll().stream().filter(a -> a.getEmail() == null)
                .forEach(a -> a.setEmail(a.getUsername().toLowerCase(Locale.ROOT) + "@" + DEMO_MAIL_DOMAIN));
    }

    /** The first administrator of a production installation, from the operator's environment. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void createFirstAdmin(String username, String password) {
        PasswordPolicy.check(password, username);
        create(username, username, password, EnumSet.of(Role.ADMIN));
    }

    /** The id of an account made at first start, for demo data that links people to things. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::getId);
    }

    /** Records which municipality a demo person represents. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void representing(String username, long municipalityId) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(a -> a.setMunicipalityId(municipalityId));
    }

    private void create(String username, String displayName, String password, EnumSet<Role> roles) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            return;
        }
        var account = new UserAccount(username, displayName, passwordEncoder.encode(password), clock.instant());
        account.setRoles(roles);
        accounts.save(account);
    }

    /** Realistic names make the demo read like the real thing. */
    private static final class DemoNames {
        static String of(Role role) {
            return switch (role) {
                case ADMIN -> "Ada Admin";
                case COORDINATOR -> "Kari Nordmann";
                case MEMBER -> "Jan Kowalski";
                case EDITOR -> "Eva Editor";
                case MANAGER -> "Marta Nowak";
                case JUROR -> "Ola Juror";
            };
        }
    }
}
