package org.imcregistry.practice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.imcregistry.municipality.PartnershipAccess;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds published records back from the public registry: a held record leaves the search index, similar
 * practices and suggestions, and its page answers "not found" to everyone but editors, its author and competition
 * managers, until every holder has released it. Competitions hold the entries of a blind edition until judging ends.
 */
@Service
public class PracticeHolds {

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PracticeRepository practices;
    private final PartnershipAccess partnerships;
    private final CurrentUser currentUser;
    private final List<JuryReaders> juries;

    PracticeHolds(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
            PracticeRepository practices, PartnershipAccess partnerships, CurrentUser currentUser,
            List<JuryReaders> juries) {
        this.practices = practices;
        this.partnerships = partnerships;
        this.currentUser = currentUser;
        this.juries = juries;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Holds a record for {@code holder} (e.g. "competition-edition-7"); holding it twice changes nothing. Managers
     * hold any record; a coordinator only one of their own partnership (as they enter it in a blind edition).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'COORDINATOR')")
    public void hold(long practiceId, String holder) {
        if (!currentUser.hasRole(Role.MANAGER) && !currentUser.hasRole(Role.ADMIN)) {
            Long owner = practices.findById(practiceId).map(p -> p.content().partnershipId()).orElse(null);
            if (owner == null || !partnerships.canEdit(owner)) {
                throw new AccessDeniedException("record " + practiceId + " is not of the caller's partnership");
            }
        }
        jdbc.update("insert into practice_hold (practice_id, holder, held_at) select :p, :h, :t from practice"
                + " where id = :p and not exists (select 1 from practice_hold where practice_id = :p and holder = :h)",
                Map.of("p", practiceId, "h", holder, "t", Timestamp.from(clock.instant())));
        events.publishEvent(new PracticeChanged(practiceId));
    }

    /** Releases one record {@code holder} held (an entry ruled ineligible leaves the competition). */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void release(long practiceId, String holder) {
        if (jdbc.update("delete from practice_hold where practice_id = :p and holder = :h",
                Map.of("p", practiceId, "h", holder)) > 0) {
            events.publishEvent(new PracticeChanged(practiceId));
        }
    }

    /** Releases every record {@code holder} held; each returns to the public registry unless another holds it. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void releaseAll(String holder) {
        List<Long> held = jdbc.query("select practice_id from practice_hold where holder = :h",
                Map.of("h", holder), (rs, i) -> rs.getLong(1));
        jdbc.update("delete from practice_hold where holder = :h", Map.of("h", holder));
        held.forEach(id -> events.publishEvent(new PracticeChanged(id)));
    }

    /**
     * The content of a published record, also while it is held, for those who judge it ({@link JuryReaders}: the
     * jurors assigned to an entry of it, and competition managers); "not found" for anyone else.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JUROR', 'MANAGER', 'ADMIN')")
    public PracticeContent contentForJury(long practiceId) {
        if (juries.stream().noneMatch(jury -> jury.mayJudge(practiceId))) {
            throw PracticeAccess.notFound();
        }
        return practices.findById(practiceId).filter(p -> p.getStatus() == PracticeStatus.PUBLISHED)
                .map(Practice::content).orElseThrow(PracticeAccess::notFound);
    }
}
