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

    /** Per criterion: how many answered, mean, min and max, aggregated in the database. */
    @Query("""
            select a.criterionKey, count(a.value), avg(a.value), min(a.value), max(a.value)
            from Answer a, Respondent r
            where a.respondentId = r.id and r.roundId = :roundId and a.value is not null
            group by a.criterionKey""")
    List<Object[]> statisticsByCriterion(Long roundId);

    /** Per criterion and member municipality (or respondent group): the mean answer. */
    @Query("""
            select a.criterionKey, r.municipalityId, avg(a.value), count(a.value)
            from Answer a, Respondent r
            where a.respondentId = r.id and r.roundId = :roundId and a.value is not null
            group by a.criterionKey, r.municipalityId""")
    List<Object[]> meansByMunicipality(Long roundId);

    @Query("""
            select a.criterionKey, r.group, avg(a.value), count(a.value)
            from Answer a, Respondent r
            where a.respondentId = r.id and r.roundId = :roundId and a.value is not null
            group by a.criterionKey, r.group""")
    List<Object[]> meansByGroup(Long roundId);
}
