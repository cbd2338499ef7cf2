package org.imcregistry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.search.IndexedPractice;

/**
 * The judged relevance set in {@code src/test/resources/relevance/}: the fixed corpus (the demo records and the
 * records-*.txt lines) and the queries with their graded judgments.
 */
final class RelevanceCorpus {

    /** A judged query: its language, what it tests, the words, and record id → grade (2 highly relevant, 1 relevant). */
    record Judged(String language, String kind, String text, Map<String, Integer> grades) {
    }

    /** The corpus as the index takes it, with each record's name in the judgments. */
    record Records(List<IndexedPractice> practices, Map<Long, String> names) {
    }

    /** The demo records' languages, by file number: the demo files do not say. */
    private static final List<String> DEMO_LANGUAGES = List.of("en", "en", "en", "en", "nb", "nb", "nb", "pl", "pl", "pl");
    private static final List<String> DEMO_FILES = List.of("00-sogn-for-all", "01-joint-waste-company",
            "02-shared-fire-rescue", "03-joint-digital-services", "04-regional-public-transport",
            "05-shared-child-welfare", "06-joint-climate-plan", "07-tourism-destination",
            "08-shared-vocational-training", "09-joint-procurement");
    private static final Map<String, String> DEMO_THEMES = Map.of("Waste management", "WASTE",
            "Migration and Integration", "MIGRATION_INTEGRATION", "Labour Market and VET", "LABOUR_MARKET_VET",
            "Fire and rescue", "FIRE_RESCUE", "Digitalisation", "DIGITALISATION", "Public transport", "PUBLIC_TRANSPORT",
            "Climate and environment", "CLIMATE_ENVIRONMENT", "Tourism and culture", "TOURISM_CULTURE",
            "Education", "EDUCATION", "Health and care", "HEALTH_CARE");

    private RelevanceCorpus() {
    }

    static Records records() throws IOException {
        List<IndexedPractice> practices = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Instant published = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < DEMO_FILES.size(); i++) {
            long id = practices.size() + 1;
            practices.add(demo(id, read("/demo/practices/" + DEMO_FILES.get(i) + ".txt"), DEMO_LANGUAGES.get(i),
                    published.plusSeconds(id)));
            names.put(id, "d%02d".formatted(i));
        }
        for (String language : List.of("nb", "pl", "en")) {
            for (String line : lines("/relevance/records-" + language + ".txt")) {
                String[] f = line.split("\\|", 7);
                long id = practices.size() + 1;
                Set<Integer> sdgs = Arrays.stream(f[4].split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                practices.add(new IndexedPractice(id, 1, language, f[5], "", f[1], f[2], List.of(f[6]),
                        new LinkedHashSet<>(List.of(f[3].split(","))), sdgs, 2020, null, published.plusSeconds(id)));
                names.put(id, f[0]);
            }
        }
        return new Records(practices, names);
    }

    static List<Judged> queries() throws IOException {
        List<Judged> queries = new ArrayList<>();
        for (String line : lines("/relevance/queries.txt")) {
            String[] f = line.split("\\|", 4);
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String judgment : f[3].strip().split("\\s+")) {
                String[] kv = judgment.split("=");
                grades.put(kv[0], Integer.valueOf(kv[1]));
            }
            queries.add(new Judged(f[0], f[1], f[2], grades));
        }
        return queries;
    }

    /** A demo file: place line, title, "Keyword(s):" with theme labels, then the sections. */
    private static IndexedPractice demo(long id, String text, String language, Instant published) {
        List<String> paragraphs = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String place = paragraphs.get(0).split(",")[0];
        String title = paragraphs.get(1);
        Set<String> themes = new LinkedHashSet<>();
        int i = 3;
        while (i < paragraphs.size() && DEMO_THEMES.containsKey(paragraphs.get(i))) {
            themes.add(DEMO_THEMES.get(paragraphs.get(i++)));
        }
        return new IndexedPractice(id, 1, language, title, "", place, null, paragraphs.subList(i, paragraphs.size()),
                themes, Set.of(), 2020, null, published);
    }

    private static List<String> lines(String resource) throws IOException {
        return read(resource).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(RelevanceCorpus.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
