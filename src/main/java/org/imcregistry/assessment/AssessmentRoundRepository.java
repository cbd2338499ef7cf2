package org.imcregistry.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, Long> {

    List<AssessmentRound> findByPartnershipIdInOrderByCreatedAtDesc(Collection<Long> partnershipIds);

    List<AssessmentRound> findByIdInOrderByCreatedAtDesc(Collection<Long> ids);

    @org.springframework.data.jpa.repository.Query("select r.id from AssessmentRound r where r.status ="
            + " org.imcregistry.assessment.RoundStatus.OPEN and r.deadline >= :today order by r.id")
    List<Long> findOpenWithDeadlineFrom(java.time.LocalDate today);
}
