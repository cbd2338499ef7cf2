package org.imcregistry.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Restores a backup zip into an empty data directory before the application starts. It refuses to
 * overwrite an existing database, so a mistyped command cannot destroy data. The search index is left
 * out on purpose: the app rebuilds it from the restored database on start.
 */
public final class Restore {

    static final String DATABASE_FILE = "imc.mv.db";

    private Restore() {
    }

    /** Unpacks {@code zip} into {@code dataDir}; a message for the operator when it cannot. */
    public static void into(Path dataDir, Path zip) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("No backup file at " + zip.toAbsolutePath());
        }
        if (Files.exists(dataDir.resolve(DATABASE_FILE))) {
            throw new IllegalArgumentException("The data directory " + dataDir.toAbsolutePath()
                    + " already holds a database; restore into an empty one (set IMC_DATA_DIR)");
        }
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            var entry = backup.getEntry(DATABASE_FILE);
            if (entry == null) {
                throw new IllegalArgumentException(zip + " is not an IMC Registry backup (no " + DATABASE_FILE + " in it)");
            }
            Files.createDirectories(dataDir);
            Path partial = dataDir.resolve(DATABASE_FILE + ".restoring");
            try (var in = backup.getInputStream(entry)) {
                Files.copy(in, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, dataDir.resolve(DATABASE_FILE));
        }
    }
}
