package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.municipality.Countries;
import org.jspecify.annotations.Nullable;

/**
 * Everything an author writes in a record: the template's sections, the structured metadata and the licence others
 * may reuse it under. {@link #checked()} trims it and refuses it with every problem listed.
 */
public record PracticeContent(@Nullable String title, @Nullable String place, @Nullable String region,
        @Nullable String country, @Nullable String keywords, @Nullable RecordLanguage language,
        @Nullable Integer startYear, @Nullable Integer endYear, @Nullable Long partnershipId, @Nullable String website,
        @Nullable String contact, @Nullable String contributor, @Nullable String researcher,
        @Nullable String documented, @Nullable String photoCredits,
        Map<PracticeSection, String> sections, Set<String> themes, Set<Integer> sdgs, Set<Long> municipalities,
        RecordLicence licence) {

    public PracticeContent {
        sections = sections == null ? Map.of() : Map.copyOf(sections);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        sdgs = sdgs == null ? Set.of() : Set.copyOf(sdgs);
        municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
        licence = licence == null ? RecordLicence.DEFAULT : licence;
    }

    /** Content under the default licence: imports and documents that name none. */
    public PracticeContent(@Nullable String title, @Nullable String place, @Nullable String region,
            @Nullable String country, @Nullable String keywords, @Nullable RecordLanguage language,
            @Nullable Integer startYear, @Nullable Integer endYear, @Nullable Long partnershipId,
            @Nullable String website, @Nullable String contact, @Nullable String contributor,
            @Nullable String researcher, @Nullable String documented, @Nullable String photoCredits,
            Map<PracticeSection, String> sections, Set<String> themes, Set<Integer> sdgs, Set<Long> municipalities) {
        this(title, place, region, country, keywords, language, startYear, endYear, partnershipId, website, contact,
                contributor, researcher, documented, photoCredits, sections, themes, sdgs, municipalities,
                RecordLicence.DEFAULT);
    }

    public static PracticeContent empty(RecordLanguage language) {
        return new PracticeContent(null, null, null, null, null, language, null, null, null, null, null, null, null,
                null, null, Map.of(), Set.of(), Set.of(), Set.of());
    }

    /** The same content without its contact details: what the public sees until the persons named agreed. */
    public PracticeContent withoutContact() {
        return new PracticeContent(title, place, region, country, keywords, language, startYear, endYear,
                partnershipId, website, null, contributor, researcher, documented, photoCredits, sections, themes,
                sdgs, municipalities, licence);
    }

    public String section(PracticeSection section) {
        return sections.getOrDefault(section, "");
    }

    /** The same content, trimmed and with empty sections left out; refused when anything is wrong. */
    public PracticeContent checked() {
        List<Problem> problems = new ArrayList<>();
        String checkedTitle = Text.required(title, "title", 300, problems);
        String checkedCountry = null;
        if (country != null && !country.isBlank()) {
            checkedCountry = Countries.fromNameOrCode(country).orElse(null);
            if (checkedCountry == null) {
                problems.add(Problem.of("country", "practice.error.country", country.strip()));
            }
        }
        if (language == null) {
            problems.add(Problem.of("language", "validation.required"));
        }
        checkYear("startYear", startYear, problems);
        checkYear("endYear", endYear, problems);
        if (startYear != null && endYear != null && endYear < startYear) {
            problems.add(Problem.of("endYear", "practice.error.years"));
        }
        for (Integer goal : sdgs) {
            if (goal == null || goal < 1 || goal > 17) {
                problems.add(Problem.of("sdgs", "practice.error.sdg", Objects.toString(goal)));
            }
        }
        String checkedWebsite = Text.optional(website, "website", 1000, problems);
        if (checkedWebsite != null && !checkedWebsite.matches("(?is)(https?://\\S+\\s*)+")) {
            problems.add(Problem.of("website", "practice.error.website"));
        }
        Map<PracticeSection, String> checkedSections = new EnumMap<>(PracticeSection.class);
        sections.forEach((section, text) -> {
            String body = Text.optional(text, section.name(), PracticeSection.MAX_LENGTH, problems);
            if (body != null) {
                checkedSections.put(section, body.replace("\r\n", "\n"));
            }
        });
        PracticeContent result = new PracticeContent(checkedTitle, Text.optional(place, "place", 200, problems),
                Text.optional(region, "region", 200, problems), checkedCountry,
                Text.optional(keywords, "keywords", 1000, problems), language, startYear, endYear, partnershipId,
                checkedWebsite, Text.optional(contact, "contact", 2000, problems),
                Text.optional(contributor, "contributor", 300, problems),
                Text.optional(researcher, "researcher", 300, problems),
                Text.optional(documented, "documented", 100, problems),
                Text.optional(photoCredits, "photoCredits", 1000, problems), checkedSections, new TreeSet<>(themes),
                sdgs, municipalities, licence);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }

    private static void checkYear(String field, @Nullable Integer year, List<Problem> problems) {
        if (year != null && (year < 1900 || year > 2100)) {
            problems.add(Problem.of(field, "practice.error.year", year));
        }
    }

    /** The names of the fields that differ from {@code before}, for the record's history. */
    List<String> changedFrom(PracticeContent before) {
        Map<String, Object[]> pairs = new LinkedHashMap<>();
        pairs.put("title", new Object[] {before.title, title});
        pairs.put("place", new Object[] {before.place, place});
        pairs.put("region", new Object[] {before.region, region});
        pairs.put("country", new Object[] {before.country, country});
        pairs.put("keywords", new Object[] {before.keywords, keywords});
        pairs.put("language", new Object[] {before.language, language});
        pairs.put("period", new Object[] {before.startYear + "-" + before.endYear, startYear + "-" + endYear});
        pairs.put("partnership", new Object[] {before.partnershipId, partnershipId});
        pairs.put("website", new Object[] {before.website, website});
        pairs.put("contact", new Object[] {before.contact, contact});
        pairs.put("credits", new Object[] {before.contributor + before.researcher + before.documented
                + before.photoCredits, contributor + researcher + documented + photoCredits});
        pairs.put("themes", new Object[] {before.themes, themes});
        pairs.put("sdgs", new Object[] {before.sdgs, sdgs});
        pairs.put("municipalities", new Object[] {before.municipalities, municipalities});
        pairs.put("licence", new Object[] {before.licence, licence});
        List<String> changed = new ArrayList<>();
        pairs.forEach((name, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                changed.add(name);
            }
        });
        for (PracticeSection section : PracticeSection.values()) {
            if (!before.section(section).equals(section(section))) {
                changed.add(section.heading());
            }
        }
        return changed;
    }
}
