package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A local government, identified by its official code within its country (kommunenummer, TERYT, ...). */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "municipality")
class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "official_code", nullable = false, length = 20)
    private String officialCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private @Nullable String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MunicipalityLevel level;

    private @Nullable Integer population;

    /** The centre, in decimal degrees (WGS 84); both or neither. */
    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Version
    private long version;

    protected Municipality() {
    }

    Municipality(MunicipalityData data) {
        apply(data);
    }

    void apply(MunicipalityData data) {
        // MunicipalityDirectory.check refuses data without these.
        this.country = Objects.requireNonNull(data.country(), "checked data has a country");
        this.officialCode = Objects.requireNonNull(data.officialCode(), "checked data has an official code");
        this.name = Objects.requireNonNull(data.name(), "checked data has a name");
        this.region = data.region();
        this.level = Objects.requireNonNull(data.level(), "normalised data has a level");
        this.population = data.population();
        this.latitude = data.latitude();
        this.longitude = data.longitude();
    }

    MunicipalitySummary summary() {
        return new MunicipalitySummary(id, country, officialCode, name, region, level, population, latitude, longitude,
                version);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getCountry() {
        return country;
    }

    /** Where it is on the map; empty until its coordinates are given. */
    java.util.Optional<Place> place() {
        return latitude == null || longitude == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Place(id, name, latitude, longitude));
    }

    long getVersion() {
        return version;
    }
}
