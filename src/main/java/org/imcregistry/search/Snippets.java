package org.imcregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The short text under each hit of a results page, as safe HTML: the passage that matched with the words marked,
 * or the record's opening when nothing was asked or nothing in the body matched. The record's own text is always
 * escaped; only {@code <mark>} is added.
 */
final class Snippets {

    private static final int SNIPPET_CHARS = 260;

    /** The opening needs only the body texts, not every stored value. */
    private static final java.util.Set<String> BODIES = java.util.Set.copyOf(LanguageAnalyzers.LANGUAGES.stream()
            .map(l -> LanguageAnalyzers.BODY + l).toList());

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per hit of {@code page}, in its order. */
    List<String> of(IndexSearcher searcher, UserQueryParser.Parsed parsed, ScoreDoc[] page) throws IOException {
        List<String> snippets = new ArrayList<>();
        if (page.length == 0) {
            return snippets;
        }
        if (parsed.blank()) {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : page) {
                snippets.add(escape(opening(stored.document(doc.doc, BODIES))));
            }
            return snippets;
        }
        String[] fields = LanguageAnalyzers.LANGUAGES.stream().map(l -> LanguageAnalyzers.BODY + l).toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 2);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000).build();
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Map<String, String[]> byField = highlighter.highlightFields(fields, parsed.query(), docIds, passages);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            String snippet = null;
            for (String field : fields) {
                String[] values = byField.get(field);
                if (values != null && values[i] != null && !values[i].isBlank()) {
                    snippet = values[i];
                    break;
                }
            }
            snippets.add(snippet != null && snippet.contains("<mark>") ? shorten(snippet)
                    : escape(opening(stored.document(page[i].doc, BODIES))));
        }
        return snippets;
    }

    /** The start of the record's text, for results without a highlighted passage. */
    private static String opening(Document doc) {
        for (String language : LanguageAnalyzers.LANGUAGES) {
            String body = doc.get(LanguageAnalyzers.BODY + language);
            if (body != null) {
                String flat = body.replaceAll("\\s+", " ").strip();
                return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS).strip() + " …";
            }
        }
        return "";
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
