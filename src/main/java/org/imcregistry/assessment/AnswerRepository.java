package org.imcregistry.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    Optional<Answer> findByRespondentIdAndCriterionKey(Long respondentId, String criterionKey);

    List<Answer> findByRespondentId(Long respondentId);

    List<Answer> findByRespondentIdIn(Collection<Long> respondentIds);

    /**
     * The round's answers grouped by criterion, municipality and respondent group at once: how many, their sum,
     * lowest and highest. The results add the per-criterion, per-municipality and per-group figures up from these
     * few rows, so the answers are read once (see {@link AnswerStatistics}).
     */
    @Query("""
            select a.criterionKey, r.municipalityId, r.group, count(*), sum(a.value), min(a.value), max(a.value)
            from Answer a, Respondent r
            where a.respondentId = r.id and r.roundId = :roundId and a.value is not null
            group by a.criterionKey, r.municipalityId, r.group""")
    List<Object[]> statisticsByCriterionMunicipalityAndGroup(Long roundId);
}
