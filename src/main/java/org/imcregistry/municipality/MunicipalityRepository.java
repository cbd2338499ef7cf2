package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findByCountryAndOfficialCode(String country, String officialCode);

    @Query("""
            select m from Municipality m
            where (:country is null or m.country = :country)
              and (:text = '' or lower(m.name) like lower(concat('%', :text, '%')) or m.officialCode like concat(:text, '%'))
            order by m.name, m.country""")
    List<Municipality> search(@Nullable String country, String text, Pageable page);

    @Query("""
            select count(m) from Municipality m
            where (:country is null or m.country = :country)
              and (:text = '' or lower(m.name) like lower(concat('%', :text, '%')) or m.officialCode like concat(:text, '%'))""")
    long countSearch(@Nullable String country, String text);
}
