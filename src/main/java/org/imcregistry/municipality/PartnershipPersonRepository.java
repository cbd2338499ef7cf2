package org.imcregistry.municipality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipPersonRepository extends JpaRepository<PartnershipPerson, Long> {

    List<PartnershipPerson> findByPartnershipId(Long partnershipId);

    List<PartnershipPerson> findByUserId(Long userId);

    boolean existsByPartnershipIdAndUserIdAndRole(Long partnershipId, Long userId, PersonRole role);

    boolean existsByPartnershipIdAndUserId(Long partnershipId, Long userId);

    /** Whether the person takes part in a partnership that the coordinator is listed as coordinating. */
    @Query("select count(p) > 0 from PartnershipPerson p, PartnershipPerson c where p.userId = :personId"
            + " and c.userId = :coordinatorId and c.partnershipId = p.partnershipId"
            + " and c.role = org.imcregistry.municipality.PersonRole.COORDINATOR")
    boolean isCoordinatedBy(long personId, long coordinatorId);
}
