package org.imcregistry.practice;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A documented good practice: the template's sections, structured metadata, and where it is in moderation. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "practice")
class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 200)
    private @Nullable String place;

    @Column(length = 200)
    private @Nullable String region;

    @Column(length = 2)
    private @Nullable String country;

    @Column(length = 1000)
    private @Nullable String keywords;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "start_year")
    private @Nullable Integer startYear;

    @Column(name = "end_year")
    private @Nullable Integer endYear;

    @Column(name = "partnership_id")
    private @Nullable Long partnershipId;

    @Column(length = 1000)
    private @Nullable String website;

    @Column(length = 2000)
    private @Nullable String contact;

    @Column(length = 300)
    private @Nullable String contributor;

    @Column(length = 300)
    private @Nullable String researcher;

    @Column(length = 100)
    private @Nullable String documented;

    @Column(name = "photo_credits", length = 1000)
    private @Nullable String photoCredits;

    /** The author confirmed that the persons named in {@link #contact} agreed to be shown to the public. */
    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;

    /** The SPDX identifier of {@link RecordLicence}. */
    @Column(nullable = false, length = 20)
    private String licence = RecordLicence.DEFAULT.spdx();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status = PracticeStatus.DRAFT;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "editor_comment", length = 4000)
    private @Nullable String editorComment;

    @ElementCollection
    @CollectionTable(name = "practice_section", joinColumns = @JoinColumn(name = "practice_id"))
    @MapKeyColumn(name = "section", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "body", nullable = false, length = PracticeSection.MAX_LENGTH)
    private Map<PracticeSection, String> sections = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "practice_theme_link", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "theme", length = 40)
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "practice_sdg", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "goal")
    private Set<Integer> sdgs = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "practice_municipality", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalities = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    protected Practice() {
    }

    Practice(long authorId, PracticeContent content, Instant now) {
        this.authorId = authorId;
        this.createdAt = now;
        apply(content, now);
    }

    PracticeContent content() {
        Map<PracticeSection, String> copy = new EnumMap<>(PracticeSection.class);
        copy.putAll(sections);
        return new PracticeContent(title, place, region, country, keywords, RecordLanguage.ofCode(language),
                startYear, endYear, partnershipId, website, contact, contributor, researcher, documented, photoCredits,
                copy, Set.copyOf(themes), Set.copyOf(sdgs), Set.copyOf(municipalities), RecordLicence.ofSpdx(licence));
    }

    /** The content as the public may see it: without the contact details until the persons named agreed. */
    PracticeContent publicContent() {
        return contactConsent ? content() : content().withoutContact();
    }

    boolean isContactConsented() {
        return contactConsent;
    }

    void consentToContact(boolean agreed) {
        this.contactConsent = agreed && contact != null;
    }

    /** Takes {@link PracticeContent#checked() checked} content, which always has a title and a language. */
    final void apply(PracticeContent content, Instant now) {
        title = Objects.requireNonNull(content.title(), "checked content has a title");
        place = content.place();
        region = content.region();
        country = content.country();
        keywords = content.keywords();
        language = Objects.requireNonNull(content.language(), "checked content has a language").code();
        startYear = content.startYear();
        endYear = content.endYear();
        partnershipId = content.partnershipId();
        website = content.website();
        if (!Objects.equals(contact, content.contact())) {
            contactConsent = false; // new names need their own agreement
        }
        contact = content.contact();
        contributor = content.contributor();
        researcher = content.researcher();
        documented = content.documented();
        photoCredits = content.photoCredits();
        licence = content.licence().spdx();
        sections.clear();
        sections.putAll(content.sections());
        themes.clear();
        themes.addAll(content.themes());
        sdgs.clear();
        sdgs.addAll(content.sdgs());
        municipalities.clear();
        municipalities.addAll(content.municipalities());
        updatedAt = now;
    }

    void moveTo(PracticeStatus next, @Nullable String comment, Instant now) {
        status = next;
        editorComment = comment;
        updatedAt = now;
        if (next == PracticeStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    PracticeStatus getStatus() {
        return status;
    }

    long getAuthorId() {
        return authorId;
    }

    @Nullable String getEditorComment() {
        return editorComment;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    long getVersion() {
        return version;
    }
}
