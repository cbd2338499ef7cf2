package org.imcregistry.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One framework version as stored: its file exactly as given, and a hash to notice a changed file. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "assessment_framework")
class StoredFramework {

    /** Where a version came from. */
    enum Origin { SHIPPED, UPLOADED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_key", nullable = false, length = 60)
    private String key;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFramework() {
    }

    StoredFramework(String key, int version, String content, String sha256, Origin origin, Instant createdAt) {
        this.key = key;
        this.version = version;
        this.content = content;
        this.sha256 = sha256;
        this.origin = origin;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    int getVersion() {
        return version;
    }

    String getContent() {
        return content;
    }

    String getSha256() {
        return sha256;
    }

    Origin getOrigin() {
        return origin;
    }
}
