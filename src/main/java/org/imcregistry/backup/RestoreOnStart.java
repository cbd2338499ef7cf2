package org.imcregistry.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads {@code --restore=FILE} (and the data directory) from the command line before Spring starts. */
public final class RestoreOnStart {

    private RestoreOnStart() {
    }

    public static void apply(String[] args) throws IOException {
        String zip = option(args, "--restore=");
        if (zip == null) {
            return;
        }
        String dataDir = option(args, "--imc.data-dir=");
        if (dataDir == null) {
            dataDir = System.getenv().getOrDefault("IMC_DATA_DIR", "./data");
        }
        try {
            Restore.into(Path.of(dataDir), Path.of(zip));
        } catch (IllegalArgumentException refused) {
            System.err.println("Restore refused: " + refused.getMessage());
            System.exit(2);
        }
        System.out.println("Restored " + zip + " into " + Path.of(dataDir).toAbsolutePath()
                + "; the search index is rebuilt from it now.");
    }

    private static String option(String[] args, String prefix) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .reduce((first, last) -> last).orElse(null);
    }
}
