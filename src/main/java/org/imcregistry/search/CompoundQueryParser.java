package org.imcregistry.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
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
        Term compound = new Term(field, terms[0].term());
        int count = terms.length - 1;
        if (count == 1) {
            // One known part and an unknown rest ("quillfjord": fjord): the part alone would find every fjord.
            return new TermQuery(compound);
        }
        Query parts;
        if (count == 2) {
            // Both parts in one word of the record: the analyser puts a compound's parts at its position, so a
            // phrase of the two at the same position finds "vest"+"fjord" in one compound, not in Vestland and Nordfjord.
            PhraseQuery.Builder sameWord = new PhraseQuery.Builder();
            for (int i = 1; i < terms.length; i++) {
                sameWord.add(new Term(field, terms[i].term()), 0);
            }
            parts = sameWord.build();
        } else {
            // Of more parts one may be missing: "sykehjemmet" holds sykehjem, hjem and hjemme, and
            // "sykehjemsplasser" only the first two.
            BooleanQuery.Builder most = new BooleanQuery.Builder();
            for (int i = 1; i < terms.length; i++) {
                most.add(new TermQuery(new Term(field, terms[i].term())), BooleanClause.Occur.SHOULD);
            }
            most.setMinimumNumberShouldMatch(count - 1);
            parts = most.build();
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(compound), BooleanClause.Occur.SHOULD)
                .add(parts, BooleanClause.Occur.SHOULD).build();
    }
}
