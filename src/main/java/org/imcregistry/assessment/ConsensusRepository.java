package org.imcregistry.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsensusRepository extends JpaRepository<Consensus, Long> {

    List<Consensus> findByRoundId(Long roundId);

    /**
     * The consensus of every round of one partnership, for the trend: a query text without a list parameter, whose
     * SQL Hibernate keeps (with a list of round ids it translated the query anew on every call).
     */
    @org.springframework.data.jpa.repository.Query("select c from Consensus c where c.roundId in"
            + " (select r.id from AssessmentRound r where r.partnershipId = :partnershipId)")
    List<Consensus> ofPartnership(long partnershipId);

    Optional<Consensus> findByRoundIdAndCriterionKey(Long roundId, String criterionKey);
}
