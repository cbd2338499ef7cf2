package org.imcregistry.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The box's parser, reading a compound in a query as "the compound, or (nearly) all of its parts": "klimaplan" finds
 * records with "klimaplan" or with both "klima" and "plan" in their parts, not every record that mentions a plan (the
 * analyser puts the parts at the compound's position, which Lucene would otherwise read as synonyms of it).
 */
final class CompoundQueryParser extends SimpleQueryParser {

    CompoundQueryParser(Analyzer analyzer, Map<String, Float> weights, int flags) {
        super(analyzer, weights, flags);
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        if (!field.equals(LanguageAnalyzers.PARTS_NB) || terms.length < 2) {
            return super.newSynonymQuery(field, terms);
        }
        BooleanQuery.Builder parts = new BooleanQuery.Builder();
        for (int i = 1; i < terms.length; i++) {
            parts.add(new TermQuery(new Term(field, terms[i].term())), BooleanClause.Occur.SHOULD);
        }
        // Two parts must both be there; of more, one may be missing: "sykehjemmet" holds sykehjem, hjem and hjemme,
        // and "sykehjemsplasser" only the first two.
        int count = terms.length - 1;
        parts.setMinimumNumberShouldMatch(count <= 2 ? count : count - 1);
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, terms[0].term())), BooleanClause.Occur.SHOULD)
                .add(parts.build(), BooleanClause.Occur.SHOULD).build();
    }
}
