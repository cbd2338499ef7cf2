package org.imcregistry.publicweb;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PublishedRecords.PublishedRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema.org description of a record (a CreativeWork) as JSON-LD, built with Jackson, never by gluing strings,
 * and made safe to sit inside a {@code <script>} element: an author's {@code </script>} or {@code <!--} in a title
 * would otherwise end the script and put the rest of the title into the page as markup.
 */
final class PracticeJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PracticeJsonLd() {
    }

    /** {@code labels} speak the record's own language, as the description does. */
    static String of(PublishedRecord record, URI canonical, String description, Labels labels) {
        PracticeContent content = record.content();
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "CreativeWork");
        root.put("@id", canonical.toString());
        root.put("url", canonical.toString());
        root.put("name", content.title());
        root.put("description", description);
        String language = Labels.tag(PracticePages.language(content));
        if (language != null) {
            root.put("inLanguage", language);
        }
        place(root, content, labels);
        ArrayNode about = root.putArray("about");
        content.themes().stream().sorted().forEach(code -> about.addObject().put("@type", "DefinedTerm")
                .put("termCode", code).put("name", labels.theme(code)));
        content.sdgs().stream().sorted().forEach(goal -> about.addObject().put("@type", "DefinedTerm")
                .put("termCode", "SDG" + goal).put("name", labels.sdg(goal))
                .put("inDefinedTermSet", "https://sdgs.un.org/goals"));
        if (content.keywords() != null) {
            root.put("keywords", content.keywords());
        }
        if (content.startYear() != null) {
            root.put("temporalCoverage", content.startYear() + "/" + (content.endYear() == null ? ".."
                    : content.endYear()));
        }
        root.put("license", content.licence().url());
        root.put("datePublished", IsoTimes.ofNullable(record.publishedAt()));
        root.put("dateModified", IsoTimes.of(record.updatedAt()));
        return scriptSafe(JSON.writeValueAsString(root));
    }

    private static void place(ObjectNode root, PracticeContent content, Labels labels) {
        List<String> names = new ArrayList<>();
        for (String part : new String[] {content.place(), content.region(), labels.country(content.country())}) {
            if (part != null) {
                names.add(part);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        ObjectNode place = root.putObject("spatialCoverage").put("@type", "Place").put("name", String.join(", ", names));
        ObjectNode address = place.putObject("address").put("@type", "PostalAddress");
        if (content.place() != null) {
            address.put("addressLocality", content.place());
        }
        if (content.region() != null) {
            address.put("addressRegion", content.region());
        }
        if (content.country() != null) {
            address.put("addressCountry", content.country());
        }
    }



    /**
     * {@code <}, {@code >} and {@code &} only occur inside JSON strings, where their {@code \}u escapes mean the
     * same to any JSON reader; in the page they can no longer close the script or open a comment. U+2028 and U+2029
     * are escaped too, for readers that take the block as JavaScript.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
