package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.AccountDirectory;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.Role;
import org.imcregistry.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The jury of an edition: who serves on it, who judges which entry (by hand or balanced automatically),
 * conflicts of interest excluded before anyone is assigned, and a declared conflict followed by a
 * replacement juror.
 */
@Service
public class Jury {

    /** What an automatic assignment did: assignments made, and entries that could not get enough jurors. */
    public record AssignmentReport(int assigned, List<Long> shortOfJurors) {
    }

    /** A juror's progress in an edition. */
    public record JurorProgress(long jurorId, @Nullable String name, int assigned, int submitted, int conflicts) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Editions editions;
    private final EditionEntries entries;
    private final Conflicts conflicts;
    private final JuryAssigner assigner;
    private final CompetitionAudit audit;
    private final CurrentUser currentUser;
    private final JuryNotifications notifications;
    private final AccountDirectory accounts;

    Jury(NamedParameterJdbcTemplate jdbc, Editions editions, EditionEntries entries, Conflicts conflicts,
            JuryAssigner assigner, CompetitionAudit audit, CurrentUser currentUser, JuryNotifications notifications,
            AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.entries = entries;
        this.conflicts = conflicts;
        this.assigner = assigner;
        this.audit = audit;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    /** Sets who serves on the jury; only accounts with the juror role. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void setJurors(long editionId, Set<Long> jurors) {
        editions.edition(editionId);
        Set<Long> allowed = new HashSet<>(accounts.withRole(Role.JUROR).stream().map(AccountSummary::id).toList());
        if (!allowed.containsAll(jurors)) {
            throw new InvalidInputException(List.of(Problem.of("jurors", "competition.error.not-juror")));
        }
        jdbc.update("delete from competition_juror where edition_id = :e", Map.of("e", editionId));
        for (long juror : jurors) {
            jdbc.update("insert into competition_juror (edition_id, user_id) values (:e, :u)",
                    Map.of("e", editionId, "u", juror));
        }
        audit.log(editionId, "JURY", "jurors " + jurors);
    }

    /** Every account that may serve as a juror: id and name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Map<Long, String> candidates() {
        Map<Long, String> people = new java.util.LinkedHashMap<>();
        accounts.withRole(Role.JUROR).forEach(a -> people.put(a.id(), a.displayName()));
        return people;
    }

    /**
     * Gives every eligible entry the edition's number of jurors, choosing among the jurors without a conflict
     * those with the fewest entries so far, so that the work is balanced.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public AssignmentReport assignAutomatically(long editionId) {
        Edition edition = editions.edition(editionId);
        if (edition.stage() != Stage.ELIGIBILITY && edition.stage() != Stage.JUDGING) {
            throw new UserFacingException("competition.error.stage", Stage.ELIGIBILITY);
        }
        return assigner.fill(edition, null);
    }

    /** Assigns a juror by hand; refused, with the reason, when the juror has a conflict with the entry. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void assign(long entryId, long jurorId) {
        long editionId = entries.editionOf(entryId);
        Edition edition = editions.edition(editionId);
        if (!edition.jurors().contains(jurorId)) {
            throw new UserFacingException("competition.error.not-on-jury");
        }
        Entry entry = entries.of(editionId).stream().filter(e -> e.id() == entryId).findFirst().orElseThrow();
        Optional<ConflictCheck.Reason> conflict = conflicts.of(edition).between(jurorId, entryId, entry.partnershipId());
        if (conflict.isPresent()) {
            throw new UserFacingException("competition.error.conflict." + conflict.get().name());
        }
        assigner.insert(entryId, jurorId);
        audit.log(editionId, "ASSIGNED", "entry " + entryId + " to juror " + jurorId);
        notifications.assigned(edition, Map.of(jurorId, 1));
    }

    /** A juror declares a conflict with an entry: their scores go, and another juror takes the entry. */
    @Transactional
    @PreAuthorize("hasRole('JUROR')")
    public void declareConflict(long assignmentId, String reason) {
        List<Problem> problems = new ArrayList<>();
        String why = Text.required(reason, "reason", 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("reason", "competition.error.reason-required")));
        }
        long me = currentUser.accountId().orElseThrow(() -> new UserFacingException("competition.error.not-found"));
        List<Long> entry = jdbc.query("select entry_id from competition_assignment where id = :a and juror_id = :j"
                + " and status = 'ASSIGNED'", Map.of("a", assignmentId, "j", me), (rs, i) -> rs.getLong(1));
        if (entry.isEmpty()) {
            throw new UserFacingException("competition.error.not-found");
        }
        jdbc.update("delete from competition_score where assignment_id = :a", Map.of("a", assignmentId));
        jdbc.update("update competition_assignment set status = 'CONFLICT', conflict_reason = :r, version = version + 1"
                + " where id = :a", Map.of("r", why, "a", assignmentId));
        long editionId = entries.editionOf(entry.getFirst());
        audit.log(editionId, "CONFLICT", "juror " + me + " on entry " + entry.getFirst() + ": " + why);
        assigner.fill(editions.edition(editionId), entry.getFirst());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<JurorProgress> progress(long editionId) {
        List<JurorProgress> counts = jdbc.query("select a.juror_id,"
                + " sum(case when a.status <> 'CONFLICT' then 1 else 0 end),"
                + " sum(case when a.status = 'SUBMITTED' then 1 else 0 end),"
                + " sum(case when a.status = 'CONFLICT' then 1 else 0 end)"
                + " from competition_assignment a join competition_entry en on en.id = a.entry_id"
                + " where en.edition_id = :e group by a.juror_id", Map.of("e", editionId),
                (rs, i) -> new JurorProgress(rs.getLong(1), null, rs.getInt(2), rs.getInt(3), rs.getInt(4)));
        // names from the accounts, not from their table: competition reads only its own tables
        var names = accounts.byIds(counts.stream().map(JurorProgress::jurorId).toList());
        return counts.stream().filter(c -> names.containsKey(c.jurorId()))
                .map(c -> new JurorProgress(c.jurorId(),
                        Objects.requireNonNull(names.get(c.jurorId()), "filtered on names").displayName(), c.assigned(),
                        c.submitted(), c.conflicts()))
                .sorted(java.util.Comparator.comparing(JurorProgress::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
