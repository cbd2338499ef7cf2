package org.imcregistry.municipality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the register's overview page, aggregated in the database. */
@Service
@PreAuthorize("isAuthenticated()")
public class RegisterStatistics {

    private final PartnershipRepository partnerships;
    private final MunicipalityRepository municipalities;
    private final LegalFormRepository legalForms;
    private final ServiceAreaRepository serviceAreas;

    RegisterStatistics(PartnershipRepository partnerships, MunicipalityRepository municipalities,
            LegalFormRepository legalForms, ServiceAreaRepository serviceAreas) {
        this.partnerships = partnerships;
        this.municipalities = municipalities;
        this.legalForms = legalForms;
        this.serviceAreas = serviceAreas;
    }

    /** Partnerships per legal form, in list order, including forms with none. */
    @Transactional(readOnly = true)
    public Map<Term, Long> perLegalForm() {
        return inListOrder(legalForms.findAllByOrderByPosition(), partnerships.countByLegalForm());
    }

    /** Partnerships per service area, in list order, including areas with none. */
    @Transactional(readOnly = true)
    public Map<Term, Long> perServiceArea() {
        return inListOrder(serviceAreas.findAllByOrderByPosition(), partnerships.countByServiceArea());
    }

    private static Map<Term, Long> inListOrder(List<? extends ListTerm> terms, List<Object[]> countRows) {
        Map<String, Long> counts = toMap(countRows);
        Map<Term, Long> result = new LinkedHashMap<>();
        terms.forEach(t -> result.put(t.term(), counts.getOrDefault(t.getCode(), 0L)));
        return result;
    }

    /** Partnerships with at least one member in each country (a cross-border one counts in both). */
    @Transactional(readOnly = true)
    public Map<String, Long> perCountry() {
        return new TreeMap<>(toMap(partnerships.countByCountry()));
    }

    /** How many municipalities belong to 0, 1, 2, ... partnerships. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> municipalitiesByPartnershipCount() {
        List<Long> perMunicipality = partnerships.partnershipsPerMemberMunicipality();
        Map<Integer, Long> histogram = new TreeMap<>();
        histogram.put(0, municipalities.count() - perMunicipality.size());
        perMunicipality.forEach(n -> histogram.merge(n.intValue(), 1L, Long::sum));
        return histogram;
    }

    private static Map<String, Long> toMap(List<Object[]> rows) {
        Map<String, Long> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put((String) r[0], ((Number) r[1]).longValue()));
        return map;
    }
}
