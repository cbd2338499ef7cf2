package org.imcregistry.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.common.SupportedLocales;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.Term;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.practice.PracticeAwards;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.PublishedRecords.PublishedRecord;
import org.imcregistry.practice.RecordLicence;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns public records into the API's JSON: one record with its awards and partnership, or a batch of the dump. Names
 * of themes and goals come in all three languages, so that a response is the same whoever asks and can be cached.
 */
@Component
class ApiRecords {

    private final PublicLists lists;
    private final PracticeAwards awards;
    private final PublicLinks links;
    private final Adoptions adoptions;

    ApiRecords(PublicLists lists, PracticeAwards awards, PublicLinks links, Adoptions adoptions) {
        this.lists = lists;
        this.awards = awards;
        this.links = links;
        this.adoptions = adoptions;
    }

    /** The names the records of one response are shown with: themes and partnerships, each looked up once. */
    final class Names {
        private final Map<String, Term> themes = lists.practiceThemes().stream()
                .collect(Collectors.toMap(Term::code, Function.identity()));
        private final Map<Long, @Nullable String> partnerships = new java.util.HashMap<>();

        @Nullable String partnership(long id) {
            // The register has a few hundred partnerships: remembered for one dump, however many records name them.
            return partnerships.computeIfAbsent(id, key -> lists.partnershipName(key).orElse(null));
        }

        Map<String, String> theme(String code) {
            Term term = themes.get(code);
            Map<String, String> names = new LinkedHashMap<>();
            for (Locale locale : SupportedLocales.ALL) {
                names.put(locale.getLanguage(), term == null ? code : term.label(locale));
            }
            return names;
        }
    }

    Names names() {
        return new Names();
    }

    RecordJson one(PublishedRecord record) {
        return of(record, awards.of(record.id()), adoptions.of(record.id()), names());
    }

    /** A batch of the dump, with the awards and the adoptions of all its records read in one query each. */
    List<RecordJson> batch(List<PublishedRecord> records, Names names) {
        List<Long> ids = records.stream().map(PublishedRecord::id).toList();
        Map<Long, List<PracticeAwards.Award>> given = awards.of(ids);
        Map<Long, List<Adoptions.Adopter>> adopted = adoptions.of(ids);
        return records.stream().map(r -> of(r, given.getOrDefault(r.id(), List.of()),
                adopted.getOrDefault(r.id(), List.of()), names)).toList();
    }

    private RecordJson of(PublishedRecord record, List<PracticeAwards.Award> given, List<Adoptions.Adopter> adopters,
            Names names) {
        PracticeContent c = record.content();
        Map<String, String> sections = new LinkedHashMap<>();
        for (PracticeSection section : PracticeSection.values()) {
            if (!c.section(section).isBlank()) {
                sections.put(sectionCode(section), c.section(section));
            }
        }
        // A published record passed the checks, which require a title and a language.
        return new RecordJson(record.id(), links.practice(record.id()).toString(), apiUrl(record.id()),
                Objects.requireNonNull(c.title(), "a published record has a title"),
                Objects.requireNonNull(c.language(), "a published record has a language").code(), c.place(), c.region(), c.country(), c.keywords(),
                new RecordJson.Period(c.startYear(), c.endYear()),
                c.partnershipId() == null ? null : new RecordJson.Partnership(c.partnershipId(),
                        names.partnership(c.partnershipId())),
                c.website(), c.contact(), c.contributor(), c.researcher(), c.documented(), c.photoCredits(),
                c.themes().stream().sorted().map(t -> new RecordJson.Code(t, names.theme(t))).toList(),
                c.sdgs().stream().sorted().map(g -> new RecordJson.Goal(g, goalNames(g))).toList(),
                sections, given.stream().map(a -> new RecordJson.Award(a.label(), a.edition())).toList(),
                adopters.stream().map(a -> new RecordJson.Adoption(a.partnershipId(), a.partnershipName(),
                        IsoTimes.of(a.adoptedAt()))).toList(),
                licence(c.licence()), IsoTimes.ofNullable(record.publishedAt()), IsoTimes.of(record.updatedAt()));
    }

    /** A section's code as the spreadsheet import names its column: {@code main_challenge}. */
    static String sectionCode(PracticeSection section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    static RecordJson.Licence licence(RecordLicence licence) {
        return new RecordJson.Licence(licence.spdx(), licence.url(),
                MessageBundle.text("practice.licence." + licence.name(), Locale.ENGLISH));
    }

    String apiUrl(long id) {
        return links.path("api/v1/practices/" + id).toString();
    }

    private static Map<String, String> goalNames(int goal) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Locale locale : SupportedLocales.ALL) {
            names.put(locale.getLanguage(), MessageBundle.text("sdg." + goal, locale));
        }
        return names;
    }


}
