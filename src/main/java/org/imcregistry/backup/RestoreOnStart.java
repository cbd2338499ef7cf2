package org.imcregistry.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code --restore=FILE}: unpacks a backup into the (empty) data directory before anything opens the database,
 * then the app starts as usual on it. The data directory is the one the app itself resolves ({@code imc.data-dir}
 * from the command line, {@code IMC_DATA_DIR} or the default), so the two can never disagree.
 * Registered in META-INF/spring.factories.
 */
public final class RestoreOnStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String zip = environment.getProperty("restore");
        if (zip == null) {
            return;
        }
        Path dataDir = Path.of(environment.getRequiredProperty("imc.data-dir"));
        try {
            Restore.into(dataDir, Path.of(zip));
        } catch (IllegalArgumentException refused) {
            System.err.println("Restore refused: " + refused.getMessage());
            System.exit(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Restored " + zip + " into " + dataDir.toAbsolutePath()
                + "; the search index is rebuilt from it now.");
    }
}
