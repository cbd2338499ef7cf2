package org.imcregistry.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RespondentLinkRepository extends JpaRepository<RespondentLink, Long> {

    Optional<RespondentLink> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from RespondentLink l where l.respondentId = :respondentId")
    int deleteByRespondent(long respondentId);
}
