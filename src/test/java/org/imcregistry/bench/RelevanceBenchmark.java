package org.imcregistry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.imcregistry.search.IndexedPractice;
import org.imcregistry.search.PracticeIndex;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.PracticeSource;
import org.imcregistry.search.SearchAnalysis;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;

/**
 * {@code bench/run relevance}: indexes the judged corpus ({@link RelevanceCorpus}) twice in one process, with the
 * analysis before the relevance work (baseline) and with today's, runs every judged query through
 * {@link PracticeSearch#search} (the UI's search, first page of ten) and prints nDCG@10, recall@10 and MRR, overall
 * and per language and kind. A query without hits counts with its "did you mean" suggestion taken, as the user
 * would with one click; the line also gives the figures without that ({@code *_nofollow}).
 */
public final class RelevanceBenchmark {

    private static final int K = 10;

    private RelevanceBenchmark() {
    }

    /** The figures of one analysis: per query, nDCG@10, recall@10 and reciprocal rank. */
    private record Scores(Map<RelevanceCorpus.Judged, double[]> perQuery) {

        double mean(int metric, java.util.function.Predicate<RelevanceCorpus.Judged> which) {
            return perQuery.entrySet().stream().filter(e -> which.test(e.getKey()))
                    .mapToDouble(e -> e.getValue()[metric]).average().orElse(Double.NaN);
        }
    }

    public static void main(String[] args) throws Exception {
        RelevanceCorpus.Records records = RelevanceCorpus.records();
        List<RelevanceCorpus.Judged> queries = RelevanceCorpus.queries();
        Scores baseline = run(SearchAnalysis.BASELINE, records, queries, true, false);
        Scores improved = run(SearchAnalysis.IMPROVED, records, queries, true, args.length > 0 && args[0].equals("-v"));
        Scores noFollow = run(SearchAnalysis.IMPROVED, records, queries, false, false);
        System.out.printf(Locale.ROOT, "%-8s %7s %7s %7s | %7s %7s %7s%n", "", "ndcg10", "recall", "mrr",
                "base_nd", "base_re", "base_mrr");
        List<String> groups = new ArrayList<>(List.of("all", "en", "nb", "pl"));
        queries.stream().map(RelevanceCorpus.Judged::kind).distinct().forEach(groups::add);
        for (String group : groups) {
            java.util.function.Predicate<RelevanceCorpus.Judged> which = q -> group.equals("all")
                    || q.language().equals(group) || q.kind().equals(group);
            System.out.printf(Locale.ROOT, "%-8s %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f%n", group,
                    improved.mean(0, which), improved.mean(1, which), improved.mean(2, which),
                    baseline.mean(0, which), baseline.mean(1, which), baseline.mean(2, which));
        }
        StringBuilder line = new StringBuilder("BENCH relevance queries=" + queries.size() + " records="
                + records.practices().size());
        line.append(String.format(Locale.ROOT, " ndcg10=%.3f recall10=%.3f mrr=%.3f", improved.mean(0, q -> true),
                improved.mean(1, q -> true), improved.mean(2, q -> true)));
        for (String language : List.of("en", "nb", "pl")) {
            line.append(String.format(Locale.ROOT, " ndcg10_%s=%.3f recall10_%s=%.3f", language,
                    improved.mean(0, q -> q.language().equals(language)), language,
                    improved.mean(1, q -> q.language().equals(language))));
        }
        line.append(String.format(Locale.ROOT, " ndcg10_nofollow=%.3f recall10_nofollow=%.3f",
                noFollow.mean(0, q -> true), noFollow.mean(1, q -> true)));
        line.append(String.format(Locale.ROOT, " baseline_ndcg10=%.3f baseline_recall10=%.3f baseline_mrr=%.3f",
                baseline.mean(0, q -> true), baseline.mean(1, q -> true), baseline.mean(2, q -> true)));
        for (String language : List.of("en", "nb", "pl")) {
            line.append(String.format(Locale.ROOT, " baseline_ndcg10_%s=%.3f", language,
                    baseline.mean(0, q -> q.language().equals(language))));
        }
        System.out.println(line);
    }

    private static Scores run(SearchAnalysis analysis, RelevanceCorpus.Records records,
            List<RelevanceCorpus.Judged> queries, boolean followSuggestion, boolean verbose) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-relevance-");
        Map<RelevanceCorpus.Judged, double[]> perQuery = new LinkedHashMap<>();
        try (PracticeIndex index = new PracticeIndex(dir, source(records.practices()), analysis)) {
            index.open();
            PracticeSearch search = new PracticeSearch(index);
            for (RelevanceCorpus.Judged query : queries) {
                SearchPage page = search.search(SearchQuery.of(query.text()));
                if (followSuggestion && page.total() == 0 && page.suggestion() != null) {
                    page = search.search(SearchQuery.of(page.suggestion()));
                }
                List<String> ranked = page.hits().stream().map(h -> records.names().get(h.id())).toList();
                perQuery.put(query, score(ranked, query.grades()));
                if (verbose) {
                    System.out.printf(Locale.ROOT, "%s %-8s %.2f %-32s %s%n", query.language(), query.kind(),
                            perQuery.get(query)[0], query.text(), ranked);
                }
            }
        }
        return new Scores(perQuery);
    }

    /** nDCG@10 with gains 2^grade - 1, recall@10 of every judged record, reciprocal rank of the first one. */
    static double[] score(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        int found = 0;
        double reciprocal = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            int grade = grades.getOrDefault(ranked.get(i), 0);
            if (grade > 0) {
                dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
                found++;
                if (reciprocal == 0) {
                    reciprocal = 1.0 / (i + 1);
                }
            }
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return new double[] {dcg / idcg, (double) found / Math.min(K, grades.size()), reciprocal};
    }

    private static PracticeSource source(List<IndexedPractice> practices) {
        return new PracticeSource() {
            @Override
            public Map<Long, Long> publishedVersions() {
                Map<Long, Long> versions = new LinkedHashMap<>();
                practices.forEach(p -> versions.put(p.id(), p.version()));
                return versions;
            }

            @Override
            public List<IndexedPractice> published(Collection<Long> ids) {
                return practices.stream().filter(p -> ids.contains(p.id())).toList();
            }

            @Override
            public void forEachPublished(Consumer<List<IndexedPractice>> batch) {
                batch.accept(practices);
            }
        };
    }
}
