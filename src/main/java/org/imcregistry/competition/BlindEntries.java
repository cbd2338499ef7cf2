package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Judging has ended: the entries go back to the public registry. */
    void release(long editionId) {
        holds.releaseAll(holder(editionId));
    }

    EntryForJuror forJuror(Edition edition, long entryId, long practiceId, long partnershipId, String applicant) {
        PracticeContent content = holds.contentForJury(practiceId);
        Redaction redaction = edition.blind() ? identifying(content, partnershipId) : null;
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        for (PracticeSection section : FOR_JURORS) {
            String text = content.section(section);
            if (!text.isBlank()) {
                sections.put(section, redaction == null ? text : redaction.apply(text));
            }
        }
        return new EntryForJuror(code(entryId), redaction == null ? content.title() : redaction.apply(content.title()),
                redaction == null ? applicant : null, sections);
    }

    private Redaction identifying(PracticeContent content, long partnershipId) {
        List<String> names = new ArrayList<>(List.of(nonNull(content.place()), nonNull(content.region()),
                nonNull(content.contact()), nonNull(content.contributor()), nonNull(content.researcher()),
                nonNull(content.website()), nonNull(content.photoCredits())));
        content.municipalities().forEach(id -> municipalities.byId(id).ifPresent(m -> names.add(m.name())));
        PartnershipDetails applicant = register.details(partnershipId);
        names.add(applicant.row().name());
        names.add(nonNull(applicant.row().website()));
        names.add(nonNull(applicant.row().contact()));
        applicant.members().forEach(m -> names.add(m.municipality().name()));
        applicant.people().forEach(p -> names.add(p.displayName()));
        return Redaction.of(names);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String holder(long editionId) {
        return "competition-edition-" + editionId;
    }
}
