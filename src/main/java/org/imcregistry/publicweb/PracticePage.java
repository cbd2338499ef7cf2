package org.imcregistry.publicweb;

import java.util.List;
import org.imcregistry.practice.TextBlocks;
import org.jspecify.annotations.Nullable;

/**
 * A public record page as its template shows it: every text already chosen and formatted, so the template only
 * places it (and escapes it, with {@code th:text}). {@code recordLang} is null for a record in another language;
 * {@code adopters} are the partnerships adopting the record, linked to their pages in the app, with the date.
 */
record PracticePage(Head head, @Nullable String recordLang, String title, List<Fact> facts,
        List<Link> themes, List<Link> sdgs, List<String> awards, List<Section> sections, List<String> websites,
        @Nullable String contact, List<Fact> credits, Link licence, List<Link> adopters, List<Link> similar, String appLink,
        List<Photo> photos, List<Link> attachments) {

    /** A photo: its address (display and thumbnail), text alternative and credit; the first leads the page. */
    record Photo(String display, String thumbnail, String alt, String credit, int width, int height) {
    }

    /** What the page's head says to search engines and link previews. */
    record Head(String title, String description, String canonical, @Nullable String ogLocale,
            @Nullable String published,
            String modified, List<String> tags, String jsonLd, @Nullable String image, @Nullable String imageAlt) {
    }

    /**
     * A link with its text, and an optional note after it (a similar practice's place); {@code lang} when the text
     * is another record's own (its title), else null.
     */
    record Link(String text, String href, @Nullable String note, @Nullable String lang) {
    }

    /** One section of the template with its text, as paragraphs and bullet lists. */
    record Section(String key, List<TextBlocks.Block> blocks) {
    }

    /**
     * A line of the record's metadata or credits: what ({@code key} of its label, in the visitor's language) and the
     * value; {@code own} when the value is the record's own text (a place, a name), in the record's language.
     */
    record Fact(String key, String value, boolean own) {
    }
}
