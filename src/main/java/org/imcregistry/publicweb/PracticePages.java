package org.imcregistry.publicweb;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.Term;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.practice.PracticeAwards;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.RecordAttachments;
import org.imcregistry.practice.RecordPhoto;
import org.imcregistry.practice.RecordPhotos;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.practice.PublishedRecords.PublishedRecord;
import org.imcregistry.practice.TextBlocks;
import org.imcregistry.search.PracticeSearch;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Puts a public record page together: the record, its labels in the visitor's language, awards, the partnerships
 * adopting it, similar practices.
 */
@Component
class PracticePages {

    static final int DESCRIPTION_CHARS = 300;
    private static final int SIMILAR = 5;

    private final PublicLists lists;
    private final PracticeAwards awards;
    private final PracticeSearch search;
    private final PublicLinks links;
    private final Adoptions adoptions;
    private final RecordPhotos recordPhotos;
    private final RecordAttachments recordFiles;

    PracticePages(PublicLists lists, PracticeAwards awards, PracticeSearch search, PublicLinks links,
            Adoptions adoptions, RecordPhotos recordPhotos, RecordAttachments recordFiles) {
        this.recordPhotos = recordPhotos;
        this.recordFiles = recordFiles;
        this.adoptions = adoptions;
        this.lists = lists;
        this.awards = awards;
        this.search = search;
        this.links = links;
    }

    PracticePage of(PublishedRecord record, Locale visitor) {
        PracticeContent content = record.content();
        String title = title(content);
        RecordLanguage language = language(content);
        List<Term> themes = lists.practiceThemes();
        Labels labels = new Labels(themes, visitor);
        Labels own = new Labels(themes, Labels.of(language));
        URI canonical = links.practice(record.id());
        String description = description(content);
        List<String> tags = content.themes().stream().sorted().map(own::theme).toList();
        List<PracticePage.Photo> photos = photos(record.id());
        // Link previews fetch the image from elsewhere: its address is absolute, from the public base URL.
        PracticePage.Head head = new PracticePage.Head(title, description, canonical.toString(),
                ogLocale(content), IsoTimes.ofNullable(record.publishedAt()), IsoTimes.of(record.updatedAt()),
                tags, PracticeJsonLd.of(record, canonical, description, own),
                photos.isEmpty() ? null : links.path(photos.getFirst().display()).toString(),
                photos.isEmpty() ? null : photos.getFirst().alt());
        List<PracticePage.Section> sections = new ArrayList<>();
        for (PracticeSection section : PracticeSection.values()) {
            if (!content.section(section).isBlank()) {
                sections.add(new PracticePage.Section(section.name(), TextBlocks.of(content.section(section))));
            }
        }
        return new PracticePage(head, Labels.tag(language), title, facts(content, labels),
                content.themes().stream().sorted().map(code -> new PracticePage.Link(labels.theme(code),
                        PublicLinks.PRACTICE_PAGES + "/themes/" + code, null, null)).toList(),
                content.sdgs().stream().sorted().map(goal -> new PracticePage.Link(labels.sdg(goal),
                        PublicLinks.PRACTICE_PAGES + "/sdgs/" + goal, null, null)).toList(),
                awards.of(record.id()).stream().map(a -> labels.text("practice.award." + a.label(), a.edition()))
                        .toList(),
                sections, websites(content), content.contact(), credits(content),
                new PracticePage.Link(labels.text("practice.licence." + content.licence().name()),
                        content.licence().url(), null, null),
                adopters(record.id(), labels), similar(record.id()),
                links.inApp(record.id()).toString(), photos,
                recordFiles.ofPublic(record.id()).stream().map(a -> new PracticePage.Link(a.description(), a.path(),
                        a.fileName(), null)).toList());
    }

    private List<PracticePage.Photo> photos(long id) {
        return recordPhotos.ofPublic(id).stream().map(p -> new PracticePage.Photo(p.path(RecordPhoto.Size.DISPLAY),
                p.path(RecordPhoto.Size.THUMBNAIL), p.alternativeText(), p.credit(), p.width(), p.height())).toList();
    }

    /** The introduction's opening, else the first section's: what a search result or a link preview shows. */
    static String description(PracticeContent content) {
        for (PracticeSection section : PracticeSection.values()) {
            if (!content.section(section).isBlank()) {
                return TextBlocks.opening(content.section(section), DESCRIPTION_CHARS);
            }
        }
        return title(content);
    }

    /** A published record passed the checks, which require a title and a language. */
    static String title(PracticeContent content) {
        return Objects.requireNonNull(content.title(), "a published record has a title");
    }

    static RecordLanguage language(PracticeContent content) {
        return Objects.requireNonNull(content.language(), "a published record has a language");
    }

    private List<PracticePage.Fact> facts(PracticeContent content, Labels labels) {
        List<PracticePage.Fact> facts = new ArrayList<>();
        fact(facts, "practice.field.place", content.place(), true);
        fact(facts, "practice.field.region", content.region(), true);
        fact(facts, "practice.field.country", labels.country(content.country()), false);
        if (content.startYear() != null) {
            fact(facts, "public.period", content.endYear() == null ? labels.text("practice.since", content.startYear())
                    : labels.text("practice.period", content.startYear(), content.endYear()), false);
        }
        fact(facts, "practice.field.language", labels.language(language(content)), false);
        if (content.partnershipId() != null) {
            lists.partnershipName(content.partnershipId())
                    .ifPresent(name -> fact(facts, "practice.field.partnership", name, true));
        }
        return facts;
    }

    private static void fact(List<PracticePage.Fact> facts, String key, @Nullable String value, boolean own) {
        if (value != null) {
            facts.add(new PracticePage.Fact(key, value, own));
        }
    }

    private static List<String> websites(PracticeContent content) {
        String website = content.website();
        if (website == null) {
            return List.of();
        }
        // Only web addresses become links: a "javascript:" address typed as a website stays out of the page.
        return List.of(website.split("\\s+")).stream().filter(url -> url.matches("(?i)https?://\\S+"))
                .toList();
    }

    private static List<PracticePage.Fact> credits(PracticeContent content) {
        List<PracticePage.Fact> credits = new ArrayList<>();
        fact(credits, "practice.field.contributor", content.contributor(), true);
        fact(credits, "practice.field.researcher", content.researcher(), true);
        fact(credits, "practice.field.documented", content.documented(), true);
        fact(credits, "practice.field.photoCredits", content.photoCredits(), true);
        return credits;
    }

    /**
     * The partnerships adopting the record, first adopter first, each with the day it said so: a day in UTC, since a
     * page without scripts cannot learn the visitor's zone.
     */
    private List<PracticePage.Link> adopters(long id, Labels labels) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(labels.locale())
                .withZone(ZoneOffset.UTC);
        return adoptions.of(id).stream().map(a -> new PracticePage.Link(a.partnershipName(),
                "/partnerships/" + a.partnershipId(), labels.text("public.adoption.since", day.format(a.adoptedAt())),
                null)).toList();
    }

    private List<PracticePage.Link> similar(long id) {
        return search.similar(id, SIMILAR).stream().map(hit -> new PracticePage.Link(hit.title(),
                PublicLinks.PRACTICE_PAGES + "/" + hit.id(), hit.place(),
                Labels.tag(RecordLanguage.ofCode(hit.language())))).toList();
    }

    private static @Nullable String ogLocale(PracticeContent content) {
        return switch (language(content)) {
            case EN -> "en_GB";
            case NB -> "nb_NO";
            case PL -> "pl_PL";
            case OTHER -> null;
        };
    }
}
