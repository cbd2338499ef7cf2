package org.imcregistry.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.imcregistry.assessment.framework.Framework;
import org.imcregistry.assessment.framework.FrameworkParser;
import org.imcregistry.common.ClasspathFiles;
import org.imcregistry.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every framework version the app knows. The shipped files under {@code frameworks/} are stored at
 * start-up; admins upload further versions. A stored version never changes: a changed framework
 * must come as a new version, so answers always keep the questions they answered.
 */
@Service
public class FrameworkCatalog {

    private static final Logger log = LoggerFactory.getLogger(FrameworkCatalog.class);
    public static final int MAX_UPLOAD_BYTES = 1_000_000;

    private final StoredFrameworkRepository stored;
    private final Clock clock;
    private final Map<Long, Framework> parsed = new ConcurrentHashMap<>();

    FrameworkCatalog(StoredFrameworkRepository stored, Clock clock) {
        this.stored = stored;
        this.clock = clock;
    }

    /**
     * Stores shipped framework files that are not stored yet, before first-start runners (demo data) need
     * them. A shipped file that differs from its
     * stored version stops the start: its version number must be raised instead.
     */
    // Run at start-up, before anyone signs in; writes only the frameworks shipped in the jar, once.
    @PreAuthorize("permitAll()")
    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void storeShippedFrameworks() {
        for (Resource resource : ClasspathFiles.find("frameworks/*.json")) {
            String json = ClasspathFiles.read(resource);
            Framework framework = FrameworkParser.parse(json);
            String hash = sha256(json);
            Optional<StoredFramework> existing = stored.findByKeyAndVersion(framework.key(), framework.version());
            if (existing.isEmpty()) {
                stored.save(new StoredFramework(framework.key(), framework.version(), json, hash,
                        StoredFramework.Origin.SHIPPED, clock.instant()));
                log.info("Stored shipped framework {} v{}", framework.key(), framework.version());
            } else if (!existing.get().getSha256().equals(hash)) {
                throw new IllegalStateException("Shipped framework " + resource.getFilename() + " differs from the "
                        + "stored version " + framework.version() + ": give the changed file a new version number");
            }
        }
    }

    /** Every stored version, newest first within each framework. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FrameworkSummary> all() {
        return stored.findAllByOrderByKeyAscVersionDesc().stream().map(this::summary).toList();
    }

    // A framework is a published document; answer sheets reached by a personal link need it too.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Framework byId(long id) {
        return parsed.computeIfAbsent(id, key -> FrameworkParser.parse(stored.findById(key)
                .orElseThrow(() -> new UserFacingException("framework.error.not-found")).getContent()));
    }

    /** Stores an uploaded framework file after checking it completely; an existing version is refused. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public FrameworkSummary upload(byte[] file) {
        if (file.length == 0 || file.length > MAX_UPLOAD_BYTES) {
            throw new UserFacingException("upload.error.too-large", MAX_UPLOAD_BYTES / 1_000_000);
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(file)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserFacingException("framework.error.not-utf8");
        }
        Framework framework = FrameworkParser.parse(json);
        if (stored.findByKeyAndVersion(framework.key(), framework.version()).isPresent()) {
            throw new UserFacingException("framework.error.version-exists", framework.key(), framework.version());
        }
        StoredFramework saved = stored.save(new StoredFramework(framework.key(), framework.version(), json,
                sha256(json), StoredFramework.Origin.UPLOADED, clock.instant()));
        return summary(saved);
    }

    private FrameworkSummary summary(StoredFramework framework) {
        return new FrameworkSummary(framework.getId(), framework.getKey(), framework.getVersion(),
                framework.getOrigin() == StoredFramework.Origin.SHIPPED, byId(framework.getId()));
    }


    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
