package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeHolds;
import org.imcregistry.practice.PracticeSection;
import org.springframework.stereotype.Component;

/**
 * What keeps a blind edition blind. Its entries are held back from the public registry from entry until judging
 * ends, so a juror does not meet them in the search; and a juror reads an entry by its code, with the applicant's
 * partnership, member municipalities, places, people and contact details masked in every field. What remains is a
 * juror who knows the practice from elsewhere: they declare a conflict.
 */
@Component
class BlindEntries {

    /** The sections a juror reads, in the template's order. */
    static final List<PracticeSection> FOR_JURORS = List.of(PracticeSection.INTRODUCTION,
            PracticeSection.MAIN_CHALLENGE, PracticeSection.OBJECTIVE, PracticeSection.INNOVATION, PracticeSection.IMPACT,
            PracticeSection.REPLICABILITY);

    private final PracticeHolds holds;
    private final PartnershipRegister register;
    private final MunicipalityDirectory municipalities;

    BlindEntries(PracticeHolds holds, PartnershipRegister register, MunicipalityDirectory municipalities) {
        this.holds = holds;
        this.register = register;
        this.municipalities = municipalities;
    }

    static String code(long entryId) {
        return "E-%04d".formatted(entryId);
    }

    void holdIfBlind(Edition edition, long practiceId) {
        if (edition.blind()) {
            holds.hold(practiceId, holder(edition.id()));
        }
    }

    /** An entry ruled ineligible leaves the competition and its record the hold; ruled eligible again, it is held. */
    void followEligibility(Edition edition, long practiceId, boolean eligible) {
        if (!edition.blind()) {
            return;
        }
        if (eligible) {
            holds.hold(practiceId, holder(edition.id()));
        } else {
            holds.release(practiceId, holder(edition.id()));
        }
    }

    /** Judging has ended: the entries go back to the public registry. */
    void release(long editionId) {
        holds.releaseAll(holder(editionId));
    }

    /** The entry's practice as the juror of {@code assignment} reads it. */
    EntryForJuror forJuror(Edition edition, JurorAssignments.Assignment assignment) {
        PracticeContent content = holds.contentForJury(assignment.practiceId());
        PartnershipDetails applicant = register.details(assignment.partnershipId());
        Redaction redaction = edition.blind() ? identifying(content, applicant) : null;
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        for (PracticeSection section : FOR_JURORS) {
            String text = content.section(section);
            if (!text.isBlank()) {
                sections.put(section, redaction == null ? text : redaction.apply(text));
            }
        }
        String title = Objects.requireNonNull(content.title(), "a stored record has a title");
        return new EntryForJuror(code(assignment.entryId()), redaction == null ? title : redaction.apply(title),
                redaction == null ? applicant.row().name() : null, sections);
    }

    /**
     * Everything that names the applicant, and the partnership the record itself names when that is another
     * (a manager may enter a record for a different applicant).
     */
    private Redaction identifying(PracticeContent content, PartnershipDetails applicant) {
        List<String> names = new ArrayList<>(Arrays.asList(content.place(), content.region(), content.contact(),
                content.contributor(), content.researcher(), content.website(), content.photoCredits()));
        content.municipalities().forEach(id -> municipalities.byId(id).ifPresent(m -> names.add(m.name())));
        addNames(applicant, names);
        if (content.partnershipId() != null && content.partnershipId() != applicant.row().id()) {
            addNames(register.details(content.partnershipId()), names);
        }
        return Redaction.of(names);
    }

    private static void addNames(PartnershipDetails partnership, List<String> names) {
        names.addAll(Arrays.asList(partnership.row().name(), partnership.row().website(), partnership.row().contact()));
        partnership.members().forEach(m -> names.add(m.municipality().name()));
        partnership.people().forEach(p -> names.add(p.displayName()));
    }

    private static String holder(long editionId) {
        return "competition-edition-" + editionId;
    }
}
