package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/** An inter-municipal cooperation: its form, the services it delivers and its member municipalities. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "partnership")
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private @Nullable String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "legal_form")
    private LegalForm legalForm;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "partnership_service_area", joinColumns = @JoinColumn(name = "partnership_id"),
            inverseJoinColumns = @JoinColumn(name = "service_area"))
    private Set<ServiceArea> serviceAreas = new LinkedHashSet<>();

    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role asc")
    private List<PartnershipMember> members = new ArrayList<>();

    @Column(name = "founding_year")
    private @Nullable Integer foundingYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipStatus status = PartnershipStatus.ACTIVE;

    @Column(name = "dissolved_on")
    private @Nullable LocalDate dissolvedOn;

    @Column(length = 500)
    private @Nullable String website;

    @Column(length = 500)
    private @Nullable String contact;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Partnership() {
    }

    Partnership(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces every field with checked data. */
    void apply(CheckedPartnership data, Instant now) {
        name = data.name();
        description = data.description();
        legalForm = data.legalForm();
        serviceAreas.clear();
        serviceAreas.addAll(data.serviceAreas());
        foundingYear = data.foundingYear();
        status = data.status();
        dissolvedOn = data.dissolvedOn();
        website = data.website();
        contact = data.contact();
        mergeMembers(data.members());
        updatedAt = now;
    }

    /**
     * Keeps a member that stays (Hibernate would insert a re-added row before deleting the old one and
     * break the one-membership-per-municipality constraint), drops those that left, adds newcomers.
     */
    private void mergeMembers(List<CheckedPartnership.CheckedMember> wanted) {
        Map<Long, CheckedPartnership.CheckedMember> byMunicipality = new LinkedHashMap<>();
        wanted.forEach(m -> byMunicipality.put(m.municipality().getId(), m));
        members.removeIf(existing -> !byMunicipality.containsKey(existing.getMunicipality().getId()));
        for (PartnershipMember existing : members) {
            var update = Objects.requireNonNull(byMunicipality.remove(existing.getMunicipality().getId()),
                    "members that left were dropped above");
            existing.change(update.role(), update.joinedOn());
        }
        byMunicipality.values().forEach(m -> members.add(new PartnershipMember(this, m.municipality(), m.role(),
                m.joinedOn())));
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    @Nullable String getDescription() {
        return description;
    }

    LegalForm getLegalForm() {
        return legalForm;
    }

    Set<ServiceArea> getServiceAreas() {
        return serviceAreas;
    }

    List<PartnershipMember> getMembers() {
        return members;
    }

    @Nullable Integer getFoundingYear() {
        return foundingYear;
    }

    PartnershipStatus getStatus() {
        return status;
    }

    @Nullable LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    @Nullable String getWebsite() {
        return website;
    }

    @Nullable String getContact() {
        return contact;
    }

    long getVersion() {
        return version;
    }
}
