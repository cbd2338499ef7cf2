package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
import org.imcregistry.common.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Municipalities and the managed lists. Signed-in people read; admins add and change municipalities. */
@Service
@PreAuthorize("isAuthenticated()")
public class MunicipalityDirectory {

    private final MunicipalityRepository municipalities;
    private final LegalFormRepository legalForms;
    private final ServiceAreaRepository serviceAreas;

    MunicipalityDirectory(MunicipalityRepository municipalities, LegalFormRepository legalForms,
            ServiceAreaRepository serviceAreas) {
        this.municipalities = municipalities;
        this.legalForms = legalForms;
        this.serviceAreas = serviceAreas;
    }

    @Transactional(readOnly = true)
    public List<MunicipalitySummary> find(@Nullable String country, String text, int offset, int limit) {
        int size = Math.max(1, limit);
        return municipalities.search(blankToNull(country), text == null ? "" : text.strip(),
                PageRequest.of(offset / size, size)).stream().map(Municipality::summary).toList();
    }

    @Transactional(readOnly = true)
    public int count(String country, String text) {
        return (int) municipalities.countSearch(blankToNull(country), text == null ? "" : text.strip());
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalitySummary> byId(long id) {
        return municipalities.findById(id).map(Municipality::summary);
    }

    /** The municipality an import or the demo data names as {@code NO:4640}; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<MunicipalitySummary> byReference(String reference) {
        String[] parts = reference.split(":", 2);
        return parts.length < 2 ? Optional.empty() : municipalities.findByCountryAndOfficialCode(
                parts[0].strip().toUpperCase(java.util.Locale.ROOT), parts[1].strip()).map(Municipality::summary);
    }

    /** Several municipalities in one query (a jury's home municipalities, say); unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, MunicipalitySummary> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : municipalities.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Municipality::getId, Municipality::summary));
    }

    /** Adds a municipality (admins only); the official code must be new in its country. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MunicipalitySummary create(MunicipalityData data) {
        MunicipalityData checked = check(data, null);
        return municipalities.save(new Municipality(checked)).summary();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MunicipalitySummary update(long id, long expectedVersion, MunicipalityData data) {
        Municipality municipality = municipalities.findById(id)
                .orElseThrow(() -> new UserFacingException("municipality.error.not-found"));
        if (municipality.getVersion() != expectedVersion) {
            throw new UserFacingException("municipality.error.changed-meanwhile");
        }
        municipality.apply(check(data, id));
        return municipalities.saveAndFlush(municipality).summary();
    }

    @Transactional(readOnly = true)
    public List<Term> legalForms() {
        return legalForms.findAllByOrderByPosition().stream().map(LegalForm::term).toList();
    }

    @Transactional(readOnly = true)
    public List<Term> serviceAreas() {
        return serviceAreas.findAllByOrderByPosition().stream().map(ServiceArea::term).toList();
    }

    /** The rules for a municipality, shared with the import; returns the normalised data or throws every problem. */
    MunicipalityData check(MunicipalityData data, @Nullable Long existingId) {
        MunicipalityData d = data.normalised();
        List<Problem> problems = new ArrayList<>();
        if (!Countries.isValid(d.country())) {
            problems.add(Problem.of("country", "municipality.error.country", d.country() == null ? "" : d.country()));
        }
        Text.required(d.name(), "name", 200, problems);
        Text.optional(d.region(), "region", 200, problems);
        if (d.officialCode() == null || !d.officialCode().matches("[0-9A-Za-z-]{1,20}")) {
            problems.add(Problem.of("officialCode", "municipality.error.code"));
        } else if (d.country() != null && municipalities.findByCountryAndOfficialCode(d.country(), d.officialCode())
                .filter(m -> !m.getId().equals(existingId)).isPresent()) {
            problems.add(Problem.of("officialCode", "municipality.error.code-taken", d.reference()));
        }
        if (d.population() != null && d.population() < 0) {
            problems.add(Problem.of("population", "municipality.error.population"));
        }
        checkCoordinates(d.latitude(), d.longitude(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return d;
    }

    /** Decimal degrees within their ranges (NaN is in none), and both or neither: a place needs both. */
    static void checkCoordinates(@Nullable Double latitude, @Nullable Double longitude, List<Problem> problems) {
        if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
            problems.add(Problem.of("latitude", "municipality.error.latitude", String.valueOf(latitude)));
        }
        if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
            problems.add(Problem.of("longitude", "municipality.error.longitude", String.valueOf(longitude)));
        }
        if ((latitude == null) != (longitude == null)) {
            problems.add(Problem.of(latitude == null ? "latitude" : "longitude", "municipality.error.coordinates"));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
