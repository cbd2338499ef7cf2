package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
import org.imcregistry.common.Text;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.springframework.stereotype.Component;
import java.util.Objects;

/**
 * The rules a partnership must meet, shared by the form and the import, so both refuse the same
 * things with the same words. Every problem is reported, not only the first.
 */
@Component
class PartnershipRules {

    static final int FIRST_YEAR = 1800;

    private final LegalFormRepository legalForms;
    private final ServiceAreaRepository serviceAreas;
    private final MunicipalityRepository municipalities;
    private final PartnershipRepository partnerships;
    private final Clock clock;

    PartnershipRules(LegalFormRepository legalForms, ServiceAreaRepository serviceAreas,
            MunicipalityRepository municipalities, PartnershipRepository partnerships, Clock clock) {
        this.legalForms = legalForms;
        this.serviceAreas = serviceAreas;
        this.municipalities = municipalities;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** Checks a draft for the partnership {@code existingId} (null when new); throws with every problem found. */
    CheckedPartnership check(PartnershipDraft draft, @Nullable Long existingId) {
        List<Problem> problems = new ArrayList<>();
        String name = Text.required(draft.name(), "name", 200, problems);
        if (name != null && partnerships.findByNameIgnoreCase(name).filter(p -> !p.getId().equals(existingId))
                .isPresent()) {
            problems.add(Problem.of("name", "partnership.error.name-taken", name));
        }
        String description = Text.optional(draft.description(), "description", 4000, problems);
        LegalForm legalForm = legalForm(draft.legalFormCode(), problems);
        Set<ServiceArea> areas = serviceAreas(draft.serviceAreaCodes(), problems);
        Integer founded = year(draft.foundingYear(), problems);
        PartnershipStatus status = draft.status() == null ? PartnershipStatus.ACTIVE : draft.status();
        checkDissolution(status, draft.dissolvedOn(), founded, problems);
        List<CheckedPartnership.CheckedMember> members = members(draft.members(), problems);
        String website = website(draft.website(), problems);
        String contact = Text.optional(draft.contact(), "contact", 500, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // With no problems, the name and the legal form were found (each adds a problem when it is missing).
        return new CheckedPartnership(Objects.requireNonNull(name, "no problems: the name is present"), description,
                Objects.requireNonNull(legalForm, "no problems: the legal form is known"), areas, members, founded,
                status, status == PartnershipStatus.DISSOLVED ? draft.dissolvedOn() : null, website, contact);
    }

    private @Nullable LegalForm legalForm(@Nullable String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.of("legalForm", "partnership.error.legal-form-required"));
            return null;
        }
        Optional<LegalForm> form = legalForms.findById(code.strip());
        if (form.isEmpty()) {
            problems.add(Problem.of("legalForm", "partnership.error.legal-form-unknown", code.strip()));
        }
        return form.orElse(null);
    }

    private Set<ServiceArea> serviceAreas(@Nullable Set<String> codes, List<Problem> problems) {
        Set<ServiceArea> areas = new LinkedHashSet<>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            serviceAreas.findById(code.strip()).ifPresentOrElse(areas::add,
                    () -> problems.add(Problem.of("serviceAreas", "partnership.error.service-area-unknown", code)));
        }
        return areas;
    }

    private @Nullable Integer year(@Nullable Integer year, List<Problem> problems) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year != null && (year < FIRST_YEAR || year > thisYear)) {
            problems.add(Problem.of("foundingYear", "partnership.error.founding-year", FIRST_YEAR, thisYear));
        }
        return year;
    }

    private void checkDissolution(PartnershipStatus status, @Nullable LocalDate dissolvedOn, @Nullable Integer founded,
            List<Problem> problems) {
        if (status == PartnershipStatus.DISSOLVED && dissolvedOn == null) {
            problems.add(Problem.of("dissolvedOn", "partnership.error.dissolved-date-required"));
        }
        if (dissolvedOn != null && dissolvedOn.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("dissolvedOn", "partnership.error.date-in-future"));
        }
        if (dissolvedOn != null && founded != null && dissolvedOn.getYear() < founded) {
            problems.add(Problem.of("dissolvedOn", "partnership.error.dissolved-before-founded"));
        }
    }

    private List<CheckedPartnership.CheckedMember> members(List<PartnershipDraft.MemberDraft> drafts,
            List<Problem> problems) {
        List<PartnershipDraft.MemberDraft> given = drafts == null ? List.of() : drafts;
        if (given.size() < 2) {
            problems.add(Problem.of("members", "partnership.error.two-members"));
        }
        if (given.stream().filter(m -> m.role() == MemberRole.LEAD).count() > 1) {
            problems.add(Problem.of("members", "partnership.error.one-lead"));
        }
        Set<Long> seen = new HashSet<>();
        List<CheckedPartnership.CheckedMember> members = new ArrayList<>();
        for (PartnershipDraft.MemberDraft draft : given) {
            Optional<Municipality> municipality = municipalities.findById(draft.municipalityId());
            if (municipality.isEmpty()) {
                problems.add(Problem.of("members", "partnership.error.member-unknown"));
            } else if (!seen.add(draft.municipalityId())) {
                problems.add(Problem.of("members", "partnership.error.member-twice", municipality.get().getName()));
            } else if (draft.joinedOn() != null && draft.joinedOn().isAfter(LocalDate.now(clock))) {
                problems.add(Problem.of("members", "partnership.error.date-in-future"));
            } else {
                members.add(new CheckedPartnership.CheckedMember(municipality.get(),
                        draft.role() == null ? MemberRole.MEMBER : draft.role(), draft.joinedOn()));
            }
        }
        return members;
    }

    private static @Nullable String website(@Nullable String website, List<Problem> problems) {
        String text = Text.optional(website, "website", 500, problems);
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(Problem.of("website", "partnership.error.website"));
        return null;
    }
}
