package org.imcregistry.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeAdoptionRepository extends JpaRepository<PracticeAdoption, Long> {

    List<PracticeAdoption> findByPracticeIdOrderByAdoptedAtAscIdAsc(long practiceId);

    List<PracticeAdoption> findByPracticeIdInOrderByAdoptedAtAscIdAsc(Collection<Long> practiceIds);

    Optional<PracticeAdoption> findByPracticeIdAndPartnershipId(long practiceId, long partnershipId);
}
