package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The analysis that remembers stems and compound parts indexes exactly what Lucene's own filters do: the same
 * words, positions and offsets, the first time a word is met and every time after.
 */
class RememberedAnalysisTest {

    private final Analyzer ours = LanguageAnalyzers.create(SearchAnalysis.IMPROVED);

    @Test
    void polishTextIsStemmedAsLucenesPolishAnalyzerStemsIt() throws IOException {
        String text = demoRecords() + " gospodarki gospodarka gospodarką odpadami straży pożarnej współpracy";
        try (Analyzer lucene = new PolishAnalyzer()) {
            List<String> expected = tokens(lucene, "any", text);
            assertThat(expected).anyMatch(t -> t.startsWith("gospodarka|1|")).hasSizeGreaterThan(1_000);
            assertThat(tokens(ours, LanguageAnalyzers.BODY + "pl", text)).isEqualTo(expected);
            // the second time every word is remembered, and still the same
            assertThat(tokens(ours, LanguageAnalyzers.BODY + "pl", text)).isEqualTo(expected);
        }
    }

    @Test
    void norwegianCompoundsAreSplitAsLucenesDictionaryFilterSplitsThem() throws IOException {
        String text = demoRecords() + " avfallsselskapet avfallsselskap sykehjemsplasser barnevernstjenesten";
        try (Analyzer lucene = lucenesNorwegianParts()) {
            List<String> expected = tokens(lucene, "any", text);
            assertThat(expected).as("a compound's part at its position").anyMatch(t -> t.startsWith("avfall|0|"));
            assertThat(tokens(ours, LanguageAnalyzers.PARTS_NB, text)).isEqualTo(expected);
            assertThat(tokens(ours, LanguageAnalyzers.PARTS_NB, text)).isEqualTo(expected);
        }
    }

    /** The parts chain as it was built on Lucene's filter before the parts were remembered. */
    private static Analyzer lucenesNorwegianParts() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new DictionaryCompoundWordTokenFilter(stream, CompoundParts.norwegian(), 6, 4, 20, false);
                stream = new StopFilter(stream, NorwegianAnalyzer.getDefaultStopSet());
                stream = new NorwegianLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Each token as "term|position increment|start-end offset" (parts of a compound share its offsets). */
    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "|" + increment.getPositionIncrement() + "|" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
        }
        return tokens;
    }

    private static String demoRecords() throws IOException {
        StringBuilder text = new StringBuilder();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:demo/practices/*.txt")) {
            text.append(new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
        }
        return text.toString();
    }
}
