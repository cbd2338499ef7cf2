package org.imcregistry.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A local government, identified by its official code within its country (kommunenummer, TERYT, ...). */
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
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MunicipalityLevel level;

    private Integer population;

    /** The centre, in decimal degrees (WGS 84); both or neither. */
    private Double latitude;

    private Double longitude;

    @Version
    private long version;

    protected Municipality() {
    }

    Municipality(MunicipalityData data) {
        apply(data);
    }

    void apply(MunicipalityData data) {
        this.country = data.country();
        this.officialCode = data.officialCode();
        this.name = data.name();
        this.region = data.region();
        this.level = data.level();
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
