package org.imcregistry.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, Long> {

    List<AssessmentRound> findByPartnershipIdInOrderByCreatedAtDesc(Collection<Long> partnershipIds);

    /**
     * One partnership's rounds, newest first. A query text of its own, without a list parameter: Hibernate keeps its
     * SQL, where a list parameter made it translate the query again on every call (a fifth of a big round's results).
     */
    @org.springframework.data.jpa.repository.Query("select r from AssessmentRound r where r.partnershipId = :partnershipId"
            + " order by r.createdAt desc")
    List<AssessmentRound> ofPartnershipNewestFirst(long partnershipId);

    List<AssessmentRound> findByIdInOrderByCreatedAtDesc(Collection<Long> ids);

    @org.springframework.data.jpa.repository.Query("select r.id from AssessmentRound r where r.status ="
            + " org.imcregistry.assessment.RoundStatus.OPEN and r.deadline >= :today order by r.id")
    List<Long> findOpenWithDeadlineFrom(java.time.LocalDate today);
}
