package org.imcregistry.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A whole public record as the API, the JSON Lines dump and (flattened) the CSV dump give it: every field and section
 * of the documentation template, its themes and goals with their names in the app's three languages, period,
 * partnership, awards, licence, and where it lives on the web. Absent values are null, never left out, so that every
 * record has the same keys.
 */
@Schema(name = "Practice", description = "A published good practice of inter-municipal cooperation, whole.")
record RecordJson(
        long id,
        @Schema(description = "The record's permanent public page.") String url,
        @Schema(description = "This record in the API.") String apiUrl,
        String title,
        @Schema(description = "The language the record is written in: en, nb, pl or other.") String language,
        @Nullable String place,
        @Nullable String region,
        @Schema(description = "ISO 3166-1 alpha-2.") @Nullable String country,
        @Nullable String keywords,
        Period period,
        @Nullable Partnership partnership,
        @Schema(description = "Web addresses, separated by white space.") @Nullable String website,
        @Nullable String contact,
        @Nullable String contributor,
        @Nullable String researcher,
        @Nullable String documented,
        @Nullable String photoCredits,
        List<Code> themes,
        List<Goal> sdgs,
        @Schema(description = "The template's sections that have text, in the template's order, by code "
                + "(introduction, main_challenge, … concluding_remarks); paragraphs are separated by an empty line "
                + "and bullet points start with \"- \".") Map<String, String> sections,
        List<Award> awards,
        @Schema(description = "The partnerships that said they are adopting the practice, first adopter first.")
        List<Adoption> adoptions,
        Licence licence,
        @Schema(description = "ISO 8601, UTC.", format = "date-time") @Nullable String datePublished,
        @Schema(description = "ISO 8601, UTC: the record's last change.", format = "date-time") String dateModified) {

    /** The years the practice ran; an open end is null. */
    record Period(@Nullable Integer startYear, @Nullable Integer endYear) {
    }

    /** The partnership of municipalities behind the practice, as the register names it. */
    record Partnership(long id, @Nullable String name) {
    }

    /** A theme by its code, with its name in English, Norwegian and Polish. */
    record Code(String code, Map<String, String> names) {
    }

    /** A Sustainable Development Goal (1–17), with its name in English, Norwegian and Polish. */
    record Goal(int goal, Map<String, String> names) {
    }

    /** A partnership adopting the practice, as the register names it, and since when (ISO 8601, UTC). */
    record Adoption(long partnershipId, String partnership,
            @Schema(format = "date-time") String adoptedAt) {
    }

    /** A label a competition gave the record: WINNER or SHORTLISTED, and the edition. */
    record Award(String label, String edition) {
    }

    /** The licence anyone may reuse the record under. */
    @Schema(name = "Licence")
    record Licence(@Schema(description = "SPDX identifier, e.g. CC-BY-4.0.") String spdx, String url, String name) {
    }
}
