package org.imcregistry.practice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sections of the good-practice documentation template, in the template's order, with the headings
 * a documented record uses for them (the first is the template's own; the others are variants met in
 * real documents).
 */
public enum PracticeSection {
    INTRODUCTION("Introduction"),
    MAIN_CHALLENGE("Main challenge", "Main challenges"),
    TIMING("Timing"),
    OBJECTIVE("Objective", "Objectives"),
    TARGET_GROUP("Target group", "Target groups"),
    GEOGRAPHICAL_RANGE("Geographical range"),
    STAKEHOLDERS("Stakeholders and partners", "Stakeholders"),
    STRATEGY("Strategy / materials", "Strategy/materials", "Strategy and materials", "Strategy"),
    RESOURCES("Resources"),
    SDGS("Compliance with Sustainable Development Goals (SDG)", "Compliance with the SDGs",
            "Compliance with Sustainable Development Goals", "Compliance with SDGs"),
    INNOVATION("Innovation(s)", "Innovation", "Innovations"),
    EVALUATION("Evaluation"),
    SUCCESS_PARAMETERS("Success parameters"),
    IMPACT("Impact"),
    IMPEDIMENTS("Impediments"),
    REPLICABILITY("Replicability"),
    CONCLUDING_REMARKS("Concluding remarks");

    /** The longest text a section may hold. */
    public static final int MAX_LENGTH = 20_000;

    private final List<String> headings;

    /** The English headings and, from the template's data, their Norwegian and Polish translations, normalised. */
    private final List<String> recognised;

    PracticeSection(String... headings) {
        this.headings = List.of(headings);
        this.recognised = java.util.stream.Stream.concat(this.headings.stream(),
                TemplateHeadings.translations(name()).stream()).map(PracticeSection::normalise).toList();
    }

    /** The heading as the template writes it. */
    public String heading() {
        return headings.getFirst();
    }

    /** The section a heading line names, in English, Norwegian or Polish, ignoring case and spacing. */
    public static Optional<PracticeSection> ofHeading(String line) {
        String wanted = normalise(line);
        for (PracticeSection section : values()) {
            if (section.recognised.contains(wanted)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    static String normalise(String heading) {
        return heading.strip().replaceAll("\\s+", " ").replaceAll("\\s*/\\s*", "/").replaceAll(":$", "")
                .toLowerCase(Locale.ROOT);
    }
}
