package org.imcregistry.competition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.SqlValues;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.practice.PracticeDirectory;
import org.jspecify.annotations.Nullable;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final PartnershipRegister register;
    private final PracticeDirectory records;
    private final EditionEntries entries;
    private final Editions editions;
    private final CompetitionAudit audit;
    private final Clock clock;
    private final BlindEntries blind;

    Entries(NamedParameterJdbcTemplate jdbc, PartnershipRegister register, PracticeDirectory records,
            EditionEntries entries, Editions editions, CompetitionAudit audit, Clock clock, BlindEntries blind) {
        this.jdbc = jdbc;
        this.register = register;
        this.records = records;
        this.entries = entries;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
        this.blind = blind;
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
    public long enter(long editionId, long practiceId, long partnershipId, long categoryId,
            @Nullable String applicantReason) {
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
        return records.publishedRecord(practiceId).orElseThrow(() -> new InvalidInputException(
                List.of(Problem.of("practice", "competition.error.practice")))).partnershipId();
    }

    private long add(long editionId, long practiceId, long partnershipId, long categoryId,
            @Nullable String applicantReason) {
        Edition edition = editions.edition(editionId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (edition.stage() != Stage.OPEN || edition.opensOn() != null && today.isBefore(edition.opensOn())
                || edition.closesOn() != null && today.isAfter(edition.closesOn())) {
            throw new UserFacingException("competition.error.window-closed");
        }
        if (edition.categories().stream().noneMatch(c -> c.id() == categoryId)) {
            throw new InvalidInputException(List.of(Problem.of("category", "validation.required")));
        }
        int twice = SqlValues.present(jdbc.queryForObject("select count(*) from competition_entry where edition_id = :e"
                + " and practice_id = :p", Map.of("e", editionId, "p", practiceId), Integer.class));
        if (twice > 0) {
            throw new InvalidInputException(List.of(Problem.of("practice", "competition.error.entered-twice")));
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update("insert into competition_entry (edition_id, category_id, practice_id, partnership_id, submitted_at,"
                + " version) values (:e, :c, :p, :pa, :at, 0)", new MapSqlParameterSource().addValue("e", editionId)
                .addValue("c", categoryId).addValue("p", practiceId).addValue("pa", partnershipId)
                .addValue("at", Timestamp.from(clock.instant())), key, new String[] {"id"});
        long id = Objects.requireNonNull(key.getKey(), "the insert returns the generated id").longValue();
        blind.holdIfBlind(edition, practiceId);
        audit.log(editionId, "ENTRY", "entry " + id + ": practice " + practiceId + ", partnership " + partnershipId
                + (applicantReason == null ? "" : " (applicant differs from the record: " + applicantReason + ")"));
        return id;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void markEligibility(long entryId, boolean eligible, @Nullable String reason) {
        long editionId = entries.editionOf(entryId);
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
        blind.followEligibility(editions.edition(editionId), entries.practiceOf(entryId), eligible);
        audit.log(editionId, "ELIGIBILITY", "entry " + entryId + ": " + (eligible ? "eligible" : "not eligible")
                + (why == null ? "" : " — " + why));
    }

    /** The edition's entries with the record's title and the applicant's name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<EntryRow> of(long editionId) {
        return entries.named(editionId);
    }
}
