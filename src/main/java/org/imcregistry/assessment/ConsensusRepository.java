package org.imcregistry.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsensusRepository extends JpaRepository<Consensus, Long> {

    List<Consensus> findByRoundId(Long roundId);

    List<Consensus> findByRoundIdIn(Collection<Long> roundIds);

    Optional<Consensus> findByRoundIdAndCriterionKey(Long roundId, String criterionKey);
}
