package org.imcregistry.municipality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipPersonRepository extends JpaRepository<PartnershipPerson, Long> {

    List<PartnershipPerson> findByPartnershipId(Long partnershipId);

    List<PartnershipPerson> findByUserId(Long userId);

    boolean existsByPartnershipIdAndUserIdAndRole(Long partnershipId, Long userId, PersonRole role);

    boolean existsByPartnershipIdAndUserId(Long partnershipId, Long userId);
}
