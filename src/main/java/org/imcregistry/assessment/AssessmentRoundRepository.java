package org.imcregistry.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, Long> {

    List<AssessmentRound> findByPartnershipIdInOrderByCreatedAtDesc(Collection<Long> partnershipIds);

    List<AssessmentRound> findByIdInOrderByCreatedAtDesc(Collection<Long> ids);
}
