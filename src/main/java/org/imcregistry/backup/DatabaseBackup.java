package org.imcregistry.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database into one zip file, taken while the app serves users (H2's
 * {@code BACKUP TO} copies a consistent snapshot). A nightly backup goes to the data directory's
 * {@code backups} folder, keeping the newest few; an administrator can take one at any time. PostgreSQL is
 * backed up with its own tools ({@code pg_dump}, see the README), so there this service says so instead.
 */
@Service
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    DatabaseBackup(JdbcTemplate jdbc, Clock clock,
                   @Value("${imc.backup.dir:${imc.data-dir}/backups}") Path folder,
                   @Value("${imc.backup.keep:7}") int keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.folder = folder;
        this.keep = keep;
    }

    /**
     * True for the embedded H2 file database, the only one this service can back up itself. An in-memory H2 (the
     * tests') has no files to copy: H2 refuses with "Database is not persistent", so it is no case for a backup.
     */
    @PreAuthorize("permitAll()")
    public boolean isSupported() {
        String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /** Writes a consistent copy of the whole database into {@code zip} (which must not exist yet). */
    private void backupTo(Path zip) {
        if (!isSupported()) {
            throw new UnsupportedOperationException("Back up PostgreSQL with pg_dump (see the README)");
        }
        // The path goes into SQL as a literal: it is made by this class or by the admin's command, never by a
        // form, but quotes are still doubled.
        jdbc.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    /** A new backup in the backups folder, named by the UTC time; older ones beyond {@code imc.backup.keep} go. */
    // The backup API is for administrators; the nightly run calls it from inside, past this rule.
    @PreAuthorize("hasRole('ADMIN')")
    public Path backupNow() {
        try {
            Files.createDirectories(folder);
            Path zip = folder.resolve("imc-" + STAMP.format(clock.instant()) + ".zip");
            Path partial = folder.resolve(zip.getFileName() + ".part");
            Files.deleteIfExists(partial);
            backupTo(partial);
            Files.move(partial, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            pruneOldBackups();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Scheduled(cron = "${imc.backup.cron:0 30 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT1H")
    void nightly() {
        if (isSupported()) {
            log.info("Nightly backup written to {}", backupNow());
        }
    }

    /** The backups in the folder, newest first. */
    private List<Path> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("imc-\\d{8}-\\d{6}\\.zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pruneOldBackups() throws IOException {
        List<Path> all = backups();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }
}
