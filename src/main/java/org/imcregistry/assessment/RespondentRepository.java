package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RespondentRepository extends JpaRepository<Respondent, Long> {

    List<Respondent> findByRoundId(Long roundId);

    List<Respondent> findByUserId(Long userId);

    Optional<Respondent> findByRoundIdAndUserId(Long roundId, Long userId);

    long countByRoundId(Long roundId);

    long countByRoundIdAndSubmittedAtIsNotNull(Long roundId);

    boolean existsByRoundIdAndEmailIgnoreCase(Long roundId, @Nullable String email);
}
