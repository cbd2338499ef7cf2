package org.imcregistry.competition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries of an edition: a published registry record, its applicant partnership and a category. Entries
 * are taken while the edition is open and within its window, and are locked afterwards; the manager then
 * marks each one eligible or not, with the reason.
 */
@Service
public class Entries {

    private static final String SELECT = """
            select en.id, en.category_id, c.name as category, en.practice_id, p.title, en.partnership_id,
                   pa.name as applicant, en.submitted_at, en.eligible, en.eligibility_reason, en.shortlist_override,
                   en.override_reason, coalesce(n.assigned, 0) as assigned, coalesce(n.submitted, 0) as submitted
            from competition_entry en
            join competition_category c on c.id = en.category_id
            join practice p on p.id = en.practice_id
            join partnership pa on pa.id = en.partnership_id
            left join (select a.entry_id, sum(case when a.status <> 'CONFLICT' then 1 else 0 end) as assigned,
                              sum(case when a.status = 'SUBMITTED' then 1 else 0 end) as submitted
                       from competition_assignment a join competition_entry e2 on e2.id = a.entry_id
                       where e2.edition_id = :e group by a.entry_id) n on n.entry_id = en.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final org.imcregistry.municipality.PartnershipRegister register;
    private final Editions editions;
    private final CompetitionAudit audit;
    private final Clock clock;
    private final BlindEntries blind;

    Entries(NamedParameterJdbcTemplate jdbc, org.imcregistry.municipality.PartnershipRegister register,
            Editions editions, CompetitionAudit audit, Clock clock, BlindEntries blind) {
        this.blind = blind;
        this.jdbc = jdbc;
        this.register = register;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A partnership's coordinator enters one of its own published practices: refused for a partnership they do
     * not coordinate, and for a record that belongs to another partnership (or to none).
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public long enterOwn(long editionId, long practiceId, long partnershipId, long categoryId) {
        if (!register.canEdit(partnershipId)) {
            throw new UserFacingException("competition.error.not-your-partnership");
        }
        if (!Long.valueOf(partnershipId).equals(ownerOf(practiceId))) {
            throw new UserFacingException("competition.error.not-your-practice");
        }
        return add(editionId, practiceId, partnershipId, categoryId, null);
    }

    /**
     * A manager enters a published practice for an applicant. When the record names another partnership (or
     * none), the manager must say why the applicant differs; the reason is kept in the audit log.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long enter(long editionId, long practiceId, long partnershipId, long categoryId, String applicantReason) {
        String reason = null;
        if (!Long.valueOf(partnershipId).equals(ownerOf(practiceId))) {
            if (applicantReason == null || applicantReason.isBlank()) {
                throw new InvalidInputException(List.of(Problem.of("applicant", "competition.error.applicant-mismatch")));
            }
            List<Problem> problems = new ArrayList<>();
            reason = Text.required(applicantReason, "reason", 1000, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        return add(editionId, practiceId, partnershipId, categoryId, reason);
    }

    /** The partnership a published record belongs to; null when it names none. */
    private Long ownerOf(long practiceId) {
        List<Long> owner = jdbc.query("select partnership_id from practice where id = :p and status = 'PUBLISHED'",
                Map.of("p", practiceId), (rs, i) -> rs.getObject(1, Long.class));
        if (owner.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("practice", "competition.error.practice")));
        }
        return owner.getFirst();
    }

    private long add(long editionId, long practiceId, long partnershipId, long categoryId, String applicantReason) {
        Edition edition = editions.edition(editionId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (edition.stage() != Stage.OPEN || edition.opensOn() != null && today.isBefore(edition.opensOn())
                || edition.closesOn() != null && today.isAfter(edition.closesOn())) {
            throw new UserFacingException("competition.error.window-closed");
        }
        if (edition.categories().stream().noneMatch(c -> c.id() == categoryId)) {
            throw new InvalidInputException(List.of(Problem.of("category", "validation.required")));
        }
        Integer twice = jdbc.queryForObject("select count(*) from competition_entry where edition_id = :e"
                + " and practice_id = :p", Map.of("e", editionId, "p", practiceId), Integer.class);
        if (twice > 0) {
            throw new InvalidInputException(List.of(Problem.of("practice", "competition.error.entered-twice")));
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update("insert into competition_entry (edition_id, category_id, practice_id, partnership_id, submitted_at,"
                + " version) values (:e, :c, :p, :pa, :at, 0)", new MapSqlParameterSource().addValue("e", editionId)
                .addValue("c", categoryId).addValue("p", practiceId).addValue("pa", partnershipId)
                .addValue("at", Timestamp.from(clock.instant())), key, new String[] {"id"});
        long id = key.getKey().longValue();
        blind.holdIfBlind(edition, practiceId);
        audit.log(editionId, "ENTRY", "entry " + id + ": practice " + practiceId + ", partnership " + partnershipId
                + (applicantReason == null ? "" : " (applicant differs from the record: " + applicantReason + ")"));
        return id;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void markEligibility(long entryId, boolean eligible, String reason) {
        long editionId = editionOf(entryId);
        if (editions.edition(editionId).stage() != Stage.ELIGIBILITY) {
            throw new UserFacingException("competition.error.stage", Stage.ELIGIBILITY);
        }
        List<Problem> problems = new ArrayList<>();
        String why = eligible ? Text.optional(reason, "reason", 1000, problems)
                : Text.required(reason, "reason", 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("reason", "competition.error.reason-required")));
        }
        jdbc.update("update competition_entry set eligible = :ok, eligibility_reason = :why, version = version + 1"
                + " where id = :id", new MapSqlParameterSource().addValue("ok", eligible).addValue("why", why)
                .addValue("id", entryId));
        blind.followEligibility(editions.edition(editionId), practiceOf(entryId), eligible);
        audit.log(editionId, "ELIGIBILITY", "entry " + entryId + ": " + (eligible ? "eligible" : "not eligible")
                + (why == null ? "" : " — " + why));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<EntryRow> of(long editionId) {
        return rows(editionId);
    }

    /** The entries for the jury's own bookkeeping, whoever's action needs them. */
    List<EntryRow> rows(long editionId) {
        return jdbc.query(SELECT + " where en.edition_id = :e order by c.position, en.submitted_at",
                Map.of("e", editionId), (rs, i) -> new EntryRow(rs.getLong("id"), rs.getLong("category_id"),
                        rs.getString("category"), rs.getLong("practice_id"), rs.getString("title"),
                        rs.getLong("partnership_id"), rs.getString("applicant"), rs.getTimestamp("submitted_at").toInstant(),
                        (Boolean) rs.getObject("eligible"), rs.getString("eligibility_reason"),
                        (Boolean) rs.getObject("shortlist_override"), rs.getString("override_reason"),
                        rs.getInt("assigned"), rs.getInt("submitted")));
    }

    private long practiceOf(long entryId) {
        return jdbc.queryForObject("select practice_id from competition_entry where id = :id", Map.of("id", entryId),
                Long.class);
    }

    long editionOf(long entryId) {
        List<Long> edition = jdbc.queryForList("select edition_id from competition_entry where id = :id",
                Map.of("id", entryId), Long.class);
        if (edition.isEmpty()) {
            throw new UserFacingException("competition.error.not-found");
        }
        return edition.getFirst();
    }
}
