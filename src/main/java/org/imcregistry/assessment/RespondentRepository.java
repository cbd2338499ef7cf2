package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RespondentRepository extends JpaRepository<Respondent, Long> {

    List<Respondent> findByRoundId(Long roundId);

    List<Respondent> findByUserId(Long userId);

    Optional<Respondent> findByRoundIdAndUserId(Long roundId, Long userId);

    /** How many respondents the round has and how many of them submitted, in one question: {all, submitted}. */
    @Query("select count(r), count(r.submittedAt) from Respondent r where r.roundId = :roundId")
    List<Object[]> countAllAndSubmitted(Long roundId);

    boolean existsByRoundIdAndEmailIgnoreCase(Long roundId, @Nullable String email);
}
