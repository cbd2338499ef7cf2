package org.imcregistry.assessment;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The benchmark's aggregations. Only each other partnership's latest round closed up to the benchmark's
 * moment counts, so a partnership that assessed itself often does not weigh more than one that did it once.
 */
@Component
class ResultsQueries {

    private static final String LATEST_CLOSED_OF_PEERS = """
            from AssessmentRound r
            where r.frameworkId = :framework and r.status = org.imcregistry.assessment.RoundStatus.CLOSED
              and r.partnershipId <> :own and r.closedAt <= :asOf
              and r.closedAt = (select max(r2.closedAt) from AssessmentRound r2
                                where r2.partnershipId = r.partnershipId and r2.frameworkId = :framework
                                  and r2.status = org.imcregistry.assessment.RoundStatus.CLOSED
                                  and r2.closedAt <= :asOf)""";

    private final EntityManager entityManager;

    ResultsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    int peerPartnerships(long frameworkId, long ownPartnershipId, Instant asOf) {
        return entityManager.createQuery("select count(distinct r.partnershipId) " + LATEST_CLOSED_OF_PEERS,
                Long.class).setParameter("framework", frameworkId).setParameter("own", ownPartnershipId)
                .setParameter("asOf", asOf).getSingleResult().intValue();
    }

    /** Per criterion: how many peers agreed each value. */
    Map<String, TreeMap<Double, Long>> peerDistribution(long frameworkId, long ownPartnershipId, Instant asOf) {
        List<Object[]> rows = entityManager.createQuery("""
                select c.criterionKey, c.value, count(c) from Consensus c
                where c.roundId in (select r.id %s)
                group by c.criterionKey, c.value""".formatted(LATEST_CLOSED_OF_PEERS), Object[].class)
                .setParameter("framework", frameworkId).setParameter("own", ownPartnershipId)
                .setParameter("asOf", asOf).getResultList();
        Map<String, TreeMap<Double, Long>> distribution = new HashMap<>();
        rows.forEach(row -> distribution.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                .put(((Number) row[1]).doubleValue(), ((Number) row[2]).longValue()));
        return distribution;
    }
}
