package org.imcregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import java.util.HashMap;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * The short text under each hit of a results page, as safe HTML: the passage that matched with the words marked,
 * or the record's opening when nothing was asked or nothing in the body matched. The record's own text is always
 * escaped; only {@code <mark>} is added.
 *
 * <p>Each hit is highlighted only in the body field of its own language, from the stored document the page loaded
 * once for the listing: measured, highlighting all four body fields of every hit and reading each document again
 * made snippets half of a query's time.
 */
final class Snippets {

    private static final int SNIPPET_CHARS = 260;

    /** The body texts, loaded with the listed values so that each hit's document is read once. */
    static final java.util.Set<String> BODIES = java.util.Set.copyOf(LanguageAnalyzers.LANGUAGES.stream()
            .map(l -> LanguageAnalyzers.BODY + l).toList());

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per hit of {@code page}, in its order; {@code docs} are the hits' stored values with their body. */
    List<String> of(IndexSearcher searcher, UserQueryParser.Parsed parsed, ScoreDoc[] page, List<Document> docs)
            throws IOException {
        List<String> snippets = new ArrayList<>();
        if (parsed.blank()) {
            docs.forEach(doc -> snippets.add(escape(opening(doc))));
            return snippets;
        }
        // The hits by the body field they have: one highlighting pass per language on the page.
        Map<String, List<Integer>> byField = new java.util.LinkedHashMap<>();
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            String field = bodyField(docs.get(i));
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(i);
            String body = docs.get(i).get(field);
            bodies.put(page[i].doc, body == null ? "" : body);
        }
        @Nullable String[] highlighted = new String[page.length];
        UnifiedHighlighter highlighter = new LoadedBodies(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                // The terms of the hit's field are looked up in its postings; matching the whole many-field query
                // against every hit again (weight matches) was a quarter of a query's time.
                .withWeightMatches(false), bodies);
        for (Map.Entry<String, List<Integer>> group : byField.entrySet()) {
            int[] docIds = group.getValue().stream().mapToInt(i -> page[i].doc).toArray();
            String[] values = highlighter.highlightFields(new String[] {group.getKey()}, parsed.query(), docIds,
                    new int[] {2}).get(group.getKey());
            for (int j = 0; j < docIds.length; j++) {
                highlighted[group.getValue().get(j)] = values == null ? null : values[j];
            }
        }
        for (int i = 0; i < page.length; i++) {
            String snippet = highlighted[i];
            snippets.add(snippet != null && snippet.contains("<mark>") ? shorten(snippet) : escape(opening(docs.get(i))));
        }
        return snippets;
    }

    private static String bodyField(Document doc) {
        return LanguageAnalyzers.BODY + LanguageAnalyzers.suffix(doc.get(PracticeFields.LANGUAGE));
    }

    /** A highlighter that takes the bodies already loaded instead of reading every document again. */
    private static final class LoadedBodies extends UnifiedHighlighter {

        private final Map<Integer, String> bodies;

        LoadedBodies(UnifiedHighlighter.Builder builder, Map<Integer, String> bodies) {
            super(builder);
            this.bodies = bodies;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] perField = new CharSequence[fields.length];
                Arrays.fill(perField, bodies.getOrDefault(doc, ""));
                values.add(perField);
            }
            return values;
        }
    }

    /** The start of the record's text, for results without a highlighted passage. */
    private static String opening(Document doc) {
        String body = doc.get(bodyField(doc));
        if (body == null) {
            return "";
        }
        // Only the start is shown: the whole body (often many pages) is not worth flattening.
        String start = body.length() > SNIPPET_CHARS * 4 ? body.substring(0, SNIPPET_CHARS * 4) : body;
        String flat = start.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET_CHARS && start.length() == body.length() ? flat
                : flat.substring(0, Math.min(flat.length(), SNIPPET_CHARS)).strip() + " …";
    }

    /** Passages can be long paragraphs; keep the snippet short without cutting inside a mark. */
    private static String shorten(String html) {
        String flat = html.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_CHARS * 2) {
            return flat;
        }
        int firstMark = flat.indexOf("<mark>");
        int start = Math.max(0, firstMark - SNIPPET_CHARS / 2);
        start = flat.lastIndexOf(' ', start) < 0 ? 0 : flat.lastIndexOf(' ', start);
        int end = Math.min(flat.length(), start + SNIPPET_CHARS * 2);
        int openAfter = flat.lastIndexOf("<mark>", end);
        int closeAfter = flat.indexOf("</mark>", Math.max(openAfter, 0));
        if (openAfter >= 0 && closeAfter >= end - 7) {
            end = closeAfter + "</mark>".length();
        }
        String cut = flat.substring(start, end);
        int lastAmp = cut.lastIndexOf('&');
        if (lastAmp >= 0 && cut.indexOf(';', lastAmp) < 0) {
            cut = cut.substring(0, lastAmp);
        }
        int lastLt = cut.lastIndexOf('<');
        if (lastLt >= 0 && cut.indexOf('>', lastLt) < 0) {
            cut = cut.substring(0, lastLt);
        }
        return (start > 0 ? "… " : "") + cut.strip() + (end < flat.length() ? " …" : "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
