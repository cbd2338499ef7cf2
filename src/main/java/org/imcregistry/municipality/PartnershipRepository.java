package org.imcregistry.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    String FILTER = """
            from Partnership p
            where (:#{#f.legalForm} is null or p.legalForm.code = :#{#f.legalForm})
              and (:#{#f.status} is null or p.status = :#{#f.status})
              and (:#{#f.text} is null or lower(p.name) like lower(concat('%', :#{#f.text}, '%')))
              and (:#{#f.serviceArea} is null or exists (select 1 from Partnership p2 join p2.serviceAreas a
                   where p2 = p and a.code = :#{#f.serviceArea}))
              and (:#{#f.municipalityId} is null or exists (select 1 from PartnershipMember m
                   where m.partnership = p and m.municipality.id = :#{#f.municipalityId}))
              and (:#{#f.country} is null or exists (select 1 from PartnershipMember m
                   where m.partnership = p and m.municipality.country = :#{#f.country}))
            """;

    @Query("select p " + FILTER + " order by lower(p.name)")
    List<Partnership> find(RegisterFilter f, Pageable page);

    @Query("select count(p) " + FILTER)
    long count(RegisterFilter f);

    Optional<Partnership> findByNameIgnoreCase(String name);

    @Query("select p.legalForm.code, count(p) from Partnership p group by p.legalForm.code")
    List<Object[]> countByLegalForm();

    @Query("select a.code, count(p) from Partnership p join p.serviceAreas a group by a.code")
    List<Object[]> countByServiceArea();

    @Query("select m.municipality.country, count(distinct m.partnership.id) from PartnershipMember m"
            + " group by m.municipality.country")
    List<Object[]> countByCountry();

    @Query("select count(m) from PartnershipMember m group by m.municipality.id")
    List<Long> partnershipsPerMemberMunicipality();
}
