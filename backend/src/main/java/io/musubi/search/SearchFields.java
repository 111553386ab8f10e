package io.musubi.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one vocabulary of text fields and weights that search and recommendations query (the fields of
 * search-config mappings/listing-fields.json). Search weighs names most; recommendations compare a whole record's
 * text with another's, so they weigh names and headlines less and leave the bigram fallback out.
 */
public final class SearchFields {
    public static final List<String> LANGUAGES = List.of("ja", "zh", "en");

    /** What a typed query searches, with weights (the CJK bigram subfields as a fallback). */
    public static final List<String> SEARCH = List.of(
            "name.ja^4", "name.zh^4", "name.en^4", "name.ja.cjk^2", "name.zh.cjk^2", "name.en.cjk^2",
            "headline.ja^2", "headline.zh^2", "headline.en^2",
            "technology_labels.ja^2", "technology_labels.zh^2", "technology_labels.en^2",
            "keywords^1.5", "keywords.ja^1.5", "keywords.zh^1.5", "keywords.en^1.5",
            "company_name.ja^1.5", "company_name.zh^1.5", "company_name.en^1.5",
            "description.ja", "description.zh", "description.en",
            "description.ja.cjk^0.5", "description.zh.cjk^0.5", "description.en.cjk^0.5");

    /** What a recommendation compares a subject's text and technology labels with. */
    public static final List<String> RECOMMENDATION = List.of("name.ja^2", "name.zh^2", "name.en^2",
            "headline.ja^1.5", "headline.zh^1.5", "headline.en^1.5", "description.ja", "description.zh",
            "description.en", "technology_labels.ja", "technology_labels.zh", "technology_labels.en", "keywords",
            "keywords.ja", "keywords.zh", "keywords.en");

    /**
     * Bigram fields whose overlap with the query is not enough on its own for a record to match: the bigrams of
     * Japanese text, where kuromoji finds the words (a bigram such as 板金 spans 導光板|金型), and of the
     * language-less keywords. They still add to the score of a record that matches otherwise, and the whole query
     * word found in them as one run of bigrams (a substring) does count.
     */
    static final List<String> BIGRAM_ONLY_SCORES = List.of("name.ja.cjk", "description.ja.cjk", "keywords");

    /**
     * Fields whose match of any query word is evidence enough: every field but {@link #BIGRAM_ONLY_SCORES} and the
     * English word fields, whose standard tokenizer cuts CJK text (keywords.en holds every keyword) into single
     * characters. The English word fields are evidence for the query's non-CJK words ({@link #ENGLISH}).
     */
    static final List<String> EVIDENCE = SEARCH.stream()
            .filter(f -> !BIGRAM_ONLY_SCORES.contains(field(f)) && !field(f).endsWith(".en")).toList();

    static final List<String> ENGLISH = SEARCH.stream().filter(f -> field(f).endsWith(".en")).toList();

    /**
     * Fields where the whole query, as one run of bigrams or characters, is evidence: the bigram fields of
     * {@link #BIGRAM_ONLY_SCORES} and the English word fields.
     */
    static final List<String> SUBSTRING = SEARCH.stream()
            .filter(f -> BIGRAM_ONLY_SCORES.contains(field(f)) || field(f).endsWith(".en")).toList();

    /** The word-analysed fields of each language (index analyzer, without synonyms), for proximity clauses. */
    static final Map<String, List<String>> WORDS_BY_LANGUAGE = wordsByLanguage();

    /** Fields whose highlight a hit shows, in this order. */
    static final List<String> HIGHLIGHTED = List.of("name", "headline", "description", "technology_labels",
            "keywords");

    private SearchFields() {
    }

    /** A weighted field ({@code name.ja^4}) without its weight. */
    static String field(String weighted) {
        int caret = weighted.indexOf('^');
        return caret < 0 ? weighted : weighted.substring(0, caret);
    }

    private static Map<String, List<String>> wordsByLanguage() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            fields.put(language, SEARCH.stream().filter(f -> field(f).endsWith("." + language)).toList());
        }
        return fields;
    }
}
