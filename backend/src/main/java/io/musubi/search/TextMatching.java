package io.musubi.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query for a user's words, widened by the taxonomy terms they name (in whatever language).
 *
 * <p>Scoring is the best-fields match over {@link SearchFields#SEARCH} (with the CJK bigram fallback), beside a
 * proximity match per language: a query word that the language's analyzer splits into parts (精密板金 → 精密 + 板金)
 * also finds texts where the parts stand within {@link #PROXIMITY_SLOP} positions of each other, in order. Which
 * records match at all is decided by evidence: a match in a Japanese or Chinese word field, of the query's non-CJK
 * words in an English word field, in the bigrams of Chinese or English text (cross-language recall for texts
 * without Japanese), a proximity match, the whole query as a substring of Japanese text or keywords, or a taxonomy
 * term. Bigrams of Japanese text or keywords, and the characters English analysis makes of CJK words, that only
 * share a part with the query (板金 inside 導光板金型, i.e. 導光板 + 金型) add to the score of a record that matches
 * otherwise but match nothing on their own.
 */
@Singleton
class TextMatching {
    /** Runs of CJK characters (with the long-vowel and iteration marks), which English analysis cuts apart. */
    private static final Pattern CJK = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u30FC\\uFF70\\uFF9E\\uFF9F\\u3005]+");
    /**
     * How far apart (in word positions, particles included) the parts of a query word that an analyzer splits may
     * stand and still count as the word: 精密板金 (精密 + 板金) finds 「精密な薄板の板金加工」.
     */
    static final int PROXIMITY_SLOP = 4;
    /** The shortest CJK run that may be a compound an analyzer splits (two characters are mostly one word). */
    static final int COMPOUND = 3;
    /** At most this many compounds of one query get a proximity clause. */
    static final int MAX_COMPOUNDS = 3;
    /** Weight of a proximity match against the best-fields match. */
    static final double PROXIMITY_BOOST = 1.0;
    /** Weight of a record tagged with a technology the words name, and of the term's labels as phrases. */
    private static final float TAGGED = 2.0f;
    private static final float LABEL = 0.8f;

    private final Taxonomy taxonomy;

    TextMatching(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Query matching(String words) {
        if (words.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<Query> proximity = proximity(words);
        List<Query> text = new ArrayList<>();
        text.add(Query.of(q -> q.multiMatch(m -> m.query(words).fields(SearchFields.SEARCH)
                .type(TextQueryType.BestFields).tieBreaker(0.3))));
        text.addAll(proximity);
        List<Query> should = new ArrayList<>();
        // the better of the two: a proximity match scores a split word that the best-fields match misses or
        // finds in the bigrams only, without adding to the score of a record that has the word as it is
        should.add(Query.of(q -> q.disMax(d -> d.queries(text))));
        List<Query> evidence = new ArrayList<>(proximity);
        evidence.add(Query.of(q -> q.multiMatch(m -> m.query(words).fields(SearchFields.EVIDENCE)
                .type(TextQueryType.BestFields))));
        String nonCjk = nonCjk(words);
        if (!nonCjk.isEmpty()) {
            evidence.add(Query.of(q -> q.multiMatch(m -> m.query(nonCjk).fields(SearchFields.ENGLISH)
                    .type(TextQueryType.BestFields))));
        }
        evidence.add(Query.of(q -> q.multiMatch(m -> m.query(words).fields(SearchFields.SUBSTRING)
                .type(TextQueryType.Phrase))));
        for (Taxonomy.Term term : taxonomy.mentions(words)) {
            // a record tagged with a named technology matches; its label in a text is scored, and found by the
            // evidence clauses above when it stands in a word field (not checked twice: phrases are costly)
            evidence.add(TermQueries.tagged(term.code(), 1.0f));
            should.add(TermQueries.tagged(term.code(), TAGGED));
            should.addAll(TermQueries.labelPhrases(term, SearchFields.SEARCH, LABEL));
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")
                .filter(f -> f.bool(e -> e.should(evidence).minimumShouldMatch("1")))));
    }

    /**
     * One sloppy-phrase clause per CJK compound of the query (a run of at least {@link #COMPOUND} CJK characters,
     * at most {@link #MAX_COMPOUNDS} of them) and per CJK language, over that language's word fields, analysed with
     * the index analyzer (the synonyms are the best-fields clause's business): the parts of a split word count when
     * they stand close together. English words are apart already, and a phrase over positions is costly, so only
     * compounds get one.
     */
    private static List<Query> proximity(String words) {
        List<Query> clauses = new ArrayList<>();
        Matcher runs = CJK.matcher(words);
        int compounds = 0;
        while (runs.find() && compounds < MAX_COMPOUNDS) {
            String compound = runs.group();
            if (compound.length() < COMPOUND) {
                continue;
            }
            compounds++;
            for (String language : List.of("ja", "zh")) {
                clauses.add(Query.of(q -> q.multiMatch(m -> m.query(compound)
                        .fields(SearchFields.WORDS_BY_LANGUAGE.get(language)).type(TextQueryType.Phrase)
                        .slop(PROXIMITY_SLOP).analyzer("musubi_" + language).boost((float) PROXIMITY_BOOST))));
            }
        }
        return clauses;
    }

    /** The query without its CJK words. */
    static String nonCjk(String words) {
        return CJK.matcher(words).replaceAll(" ").strip().replaceAll("\\s+", " ");
    }
}
