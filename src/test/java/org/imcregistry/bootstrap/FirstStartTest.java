package org.imcregistry.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.security.NewAccount;
import org.imcregistry.security.Role;
import org.imcregistry.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data lives in an H2 file database under the data directory and survives a restart; demo users
 * come only on the first start of an empty database, never in the prod profile.
 */
class FirstStartTest {

    private static final List<String> DEMO_USERS = List.of("admin", "coordinator", "editor", "juror", "juror2", "juror3", "manager",
            "member");

    @Test
    void withoutTheDemoProfileAnEmptyDatabaseGetsNoDemoUsers(@TempDir Path dataDir) {
        AppRuns.with(AppRuns.start("--imc.data-dir=" + dataDir), app -> {
            assertThat(AppRuns.usernames(app)).isEmpty();
            return null;
        });
    }

    @Test
    void demoUsersOnFirstStartAndEverythingKeptAcrossARestart(@TempDir Path dataDir) {
        String dir = "--imc.data-dir=" + dataDir;
        String demo = "--spring.profiles.active=demo";
        AppRuns.with(AppRuns.start(dir, demo), app -> {
            assertThat(AppRuns.usernames(app)).containsExactlyElementsOf(DEMO_USERS);
            return AppRuns.asAdmin(app, () -> app.getBean(UserAdministration.class).create(new NewAccount(
                    "kept.user", "Kept User", "kept.user@example.org", Locale.ENGLISH, Set.of(Role.MEMBER))));
        });
        assertThat(dataDir.resolve("imc.mv.db")).exists();

        AppRuns.with(AppRuns.start(dir, demo), app -> {
            assertThat(AppRuns.usernames(app)).as("demo users are not made twice, and the new user is kept")
                    .containsExactlyInAnyOrder("admin", "coordinator", "editor", "juror", "juror2", "juror3", "kept.user", "manager",
                            "member");
            return null;
        });
    }

    @Test
    void productionDoesNotStartWithoutItsPublicAddress(@TempDir Path dataDir) {
        assertThatThrownBy(() -> AppRuns.start("--imc.data-dir=" + dataDir, "--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/imc", "--spring.datasource.username=imc",
                "--vaadin.productionMode=false")).hasStackTraceContaining("Set IMC_PUBLIC_URL");
    }

    @Test
    void prodProfileHasNoDemoUsersButTheFirstAdminFromTheEnvironment(@TempDir Path dataDir) {
        // The prod profile's PostgreSQL is replaced by the H2 file database here: this is about the accounts.
        AppRuns.with(AppRuns.start("--imc.data-dir=" + dataDir, "--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/imc", "--spring.datasource.username=imc",
                "--vaadin.productionMode=false", "--spring.profiles.include=demo",
                "--imc.public-url=https://imc.example.org", "--imc.first-admin.username=root.admin",
                "--imc.first-admin.password=a-long-secret-1"), app -> {
                    assertThat(AppRuns.accounts(app)).singleElement().satisfies(admin -> {
                        assertThat(admin.username()).isEqualTo("root.admin");
                        assertThat(admin.roles()).containsExactly(Role.ADMIN);
                    });
                    return null;
                });
    }
}
