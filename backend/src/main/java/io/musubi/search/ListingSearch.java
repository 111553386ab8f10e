package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.micronaut.http.HttpStatus;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

/**
 * Full-text search over profiles, needs and capacity listings in ja, zh and en, with facets. The user's text goes
 * into multi_match queries, never a query-string parser, so quotes, brackets and AND/OR are just text. Each language
 * field is searched with its own analyzer (plus the CJK bigram fallback, which alone matches no Japanese text, and
 * a proximity match for words the analyzer splits: see {@link #matching}). Words that are taxonomy labels in any
 * language also search the other languages' labels and the records tagged with that technology. Highlights come
 * back as segments, so no HTML crosses the API.
 */
@Singleton
public class ListingSearch {
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;
    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private static final List<String> LANGUAGES = List.of("ja", "zh", "en");
    static final List<String> FIELDS = List.of(
            "name.ja^4", "name.zh^4", "name.en^4", "name.ja.cjk^2", "name.zh.cjk^2", "name.en.cjk^2",
            "headline.ja^2", "headline.zh^2", "headline.en^2",
            "technology_labels.ja^2", "technology_labels.zh^2", "technology_labels.en^2",
            "keywords^1.5", "keywords.ja^1.5", "keywords.zh^1.5", "keywords.en^1.5",
            "company_name.ja^1.5", "company_name.zh^1.5", "company_name.en^1.5",
            "description.ja", "description.zh", "description.en",
            "description.ja.cjk^0.5", "description.zh.cjk^0.5", "description.en.cjk^0.5");
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
     * characters. The English word fields are evidence for the query's non-CJK words ({@link #ENGLISH_FIELDS}).
     */
    static final List<String> EVIDENCE_FIELDS = FIELDS.stream()
            .filter(f -> !BIGRAM_ONLY_SCORES.contains(field(f)) && !field(f).endsWith(".en")).toList();
    static final List<String> ENGLISH_FIELDS = FIELDS.stream().filter(f -> field(f).endsWith(".en")).toList();
    /**
     * Fields where the whole query, as one run of bigrams or characters, is evidence: the bigram fields of
     * {@link #BIGRAM_ONLY_SCORES} and the English word fields.
     */
    static final List<String> SUBSTRING_FIELDS = FIELDS.stream()
            .filter(f -> BIGRAM_ONLY_SCORES.contains(field(f)) || field(f).endsWith(".en")).toList();
    /** Runs of CJK characters (with the long-vowel and iteration marks), which English analysis cuts apart. */
    private static final java.util.regex.Pattern CJK = java.util.regex.Pattern.compile(
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
    /** The word-analysed fields of each language (index analyzer, without synonyms), for the proximity clauses. */
    static final Map<String, List<String>> WORD_FIELDS = wordFields();
    /** kind → index (alias without prefix). */
    /** How much more a record of the kind a query's intent words ask for counts. */
    static final double INTENT_WEIGHT = 6.0;
    public static final Map<String, String> KINDS = Map.of("company", "companies", "need", "needs",
            "capacity", "capacities");
    /** facet → document field (designation is computed from two fields). */
    private static final Map<String, String> FACETS = facets();

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final Taxonomy taxonomy;
    private final Intents intents;

    ListingSearch(ElasticsearchClient client, SearchIndexes indexes, Taxonomy taxonomy, Intents intents) {
        this.client = client;
        this.indexes = indexes;
        this.taxonomy = taxonomy;
        this.intents = intents;
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("kind", "kind");
        facets.put("country", "country");
        facets.put("region", "region");
        facets.put("industry", "industry");
        facets.put("certification", "certifications");
        facets.put("smeClass", "sme_class");
        facets.put("designation", null);
        facets.put("verified", "verified");
        return facets;
    }

    public SearchResults search(String rawQuery, String kind, int page, int size) {
        return search(SearchRequest.text(rawQuery, kind, page, size));
    }

    public SearchResults search(SearchRequest request) {
        String text = QueryText.clean(request.q());
        co.elastic.clients.elasticsearch.core.SearchRequest elastic = elasticRequest(request);
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(elastic, Map.class);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                hits.add(toHit(hit));
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResults(text, total, request.page(), request.size(), hits, facets(response));
        } catch (ElasticsearchException | IOException e) {
            throw failure(e);
        }
    }

    /**
     * The Elasticsearch request a search sends (checked first: a bad request is the caller's 400). Public for the
     * benchmark, which sends the very same request straight to Elasticsearch.
     */
    public co.elastic.clients.elasticsearch.core.SearchRequest elasticRequest(SearchRequest request) {
        String text = QueryText.clean(request.q());
        checkPaging(text, request.page(), request.size());
        if (request.kind() != null && !request.kind().isBlank() && !KINDS.containsKey(request.kind())) {
            throw ApiException.invalid("kind", "unknown", "must be one of company, need, capacity");
        }
        if (request.sort() != null && !List.of("relevance", "recent").contains(request.sort())) {
            throw ApiException.invalid("sort", "unknown", "must be relevance or recent");
        }
        if (request.availableFrom() != null && request.availableTo() != null
                && request.availableTo().isBefore(request.availableFrom())) {
            throw ApiException.invalid("availableTo", "order", "must not be before availableFrom");
        }
        Map<String, Query> filters = filters(request);
        // intent words ("闲置产能", "looking for supplier") need not match: they rank their kind higher
        Intents.Reading intent = intents.read(text);
        Query matched = Query.of(q -> q.bool(b -> b.must(intent.rest().isEmpty() && intent.kind() != null
                        ? Query.of(all -> all.matchAll(m -> m)) : matching(intent.rest()))
                .mustNot(OpenRecords.notOpen())));
        Query query = intent.kind() == null ? matched : Query.of(q -> q.functionScore(f -> f.query(matched)
                .functions(fn -> fn.filter(k -> k.term(t -> t.field("kind").value(intent.kind())))
                        .weight(INTENT_WEIGHT))
                .boostMode(co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode.Multiply)));
        List<String> targets = KINDS.values().stream().sorted().map(indexes::alias).toList();
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(targets).ignoreUnavailable(true).query(query).from(request.page() * request.size())
                    .size(request.size()).trackTotalHits(t -> t.enabled(true))
                    .postFilter(and(filters.values()));
            FACETS.forEach((facet, field) -> s.aggregations(facet, facetAggregation(facet, field, filters)));
            if (text.isEmpty() || "recent".equals(request.sort())) {
                s.sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc).unmappedType(
                        co.elastic.clients.elasticsearch._types.mapping.FieldType.Date)));
            }
            if (!text.isEmpty()) {
                s.highlight(h -> h.preTags(PRE).postTags(POST).requireFieldMatch(true)
                        .fields("name.*", f -> f.numberOfFragments(0))
                        .fields("headline.*", f -> f.numberOfFragments(0))
                        .fields("technology_labels.*", f -> f.numberOfFragments(0))
                        .fields("keywords*", f -> f.numberOfFragments(0))
                        .fields("description.*", f -> f.fragmentSize(140).numberOfFragments(1)
                                .noMatchSize(0)));
            }
            return s;
        });
    }

    /**
     * Companies among {@code among} that match a text query, best first (at most {@code among.size()}): a trade
     * fair's participants searched with the product's analysis and taxonomy expansion.
     */
    public List<UUID> rankCompanies(String rawQuery, java.util.Collection<UUID> among) {
        String text = QueryText.clean(rawQuery);
        checkPaging(text, 0, 1);
        if (among.isEmpty()) {
            return List.of();
        }
        List<String> ids = among.stream().map(UUID::toString).toList();
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(s -> s.index(indexes.alias("companies"))
                    .ignoreUnavailable(true).size(Math.min(ids.size(), MAX_WINDOW)).source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b.must(matching(text)).filter(f -> f.ids(i -> i.values(ids))))),
                    Map.class);
            return response.hits().hits().stream().map(h -> UUID.fromString(h.id())).toList();
        } catch (ElasticsearchException | IOException e) {
            throw failure(e);
        }
    }

    /** A query Elasticsearch refuses is the caller's 400 (too complex); anything else is a 503. */
    private static ApiException failure(Exception e) {
        if (e instanceof ElasticsearchException refused && refused.status() == 400) {
            return ApiException.invalid("q", "too_complex", "is too complex to search; use fewer words");
        }
        return unavailable(e);
    }

    /**
     * The text query, widened by the taxonomy terms the text names (in whatever language).
     *
     * <p>Scoring is the best-fields match over {@link #FIELDS} (with the CJK bigram fallback), beside a proximity
     * match per language: a query word that the language's analyzer splits into parts (精密板金 → 精密 + 板金) also
     * finds texts where the parts stand within {@link #PROXIMITY_SLOP} positions of each other, in order. Which
     * records match at all is decided by evidence: a match in a Japanese or Chinese word field, of the query's
     * non-CJK words in an English word field, in the bigrams of Chinese or English text (cross-language recall for
     * texts without Japanese), a proximity match, the whole query as a substring of Japanese text or keywords, or a
     * taxonomy term. Bigrams of Japanese text or keywords, and the characters English analysis makes of CJK words,
     * that only share a part with the query (板金 inside 導光板金型, i.e. 導光板 + 金型) add to the score of a record
     * that matches otherwise but match nothing on their own.
     */
    Query matching(String words) {
        if (words.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<Query> proximity = proximity(words);
        List<Query> text = new ArrayList<>();
        text.add(Query.of(q -> q.multiMatch(m -> m.query(words).fields(FIELDS).type(TextQueryType.BestFields)
                .tieBreaker(0.3))));
        text.addAll(proximity);
        List<Query> should = new ArrayList<>();
        // the better of the two: a proximity match scores a split word that the best-fields match misses or
        // finds in the bigrams only, without adding to the score of a record that has the word as it is
        should.add(Query.of(q -> q.disMax(d -> d.queries(text))));
        List<Query> evidence = new ArrayList<>(proximity);
        evidence.add(Query.of(q -> q.multiMatch(m -> m.query(words).fields(EVIDENCE_FIELDS)
                .type(TextQueryType.BestFields))));
        String nonCjk = nonCjk(words);
        if (!nonCjk.isEmpty()) {
            evidence.add(Query.of(q -> q.multiMatch(m -> m.query(nonCjk).fields(ENGLISH_FIELDS)
                    .type(TextQueryType.BestFields))));
        }
        evidence.add(Query.of(q -> q.multiMatch(m -> m.query(words).fields(SUBSTRING_FIELDS)
                .type(TextQueryType.Phrase))));
        for (Taxonomy.Term term : taxonomy.mentions(words)) {
            // a record tagged with a named technology matches; its label in a text is scored, and found by the
            // evidence clauses above when it stands in a word field (not checked twice: phrases are costly)
            evidence.add(Query.of(q -> q.term(t -> t.field("technologies").value(term.code()))));
            should.add(Query.of(q -> q.term(t -> t.field("technologies").value(term.code()).boost(2.0f))));
            for (String label : new String[] {term.labels().ja(), term.labels().zh(), term.labels().en()}) {
                if (label != null) {
                    should.add(Query.of(q -> q.multiMatch(m -> m.query(label).fields(FIELDS)
                            .type(TextQueryType.Phrase).boost(0.8f))));
                }
            }
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
        java.util.regex.Matcher runs = CJK.matcher(words);
        int compounds = 0;
        while (runs.find() && compounds < MAX_COMPOUNDS) {
            String compound = runs.group();
            if (compound.length() < COMPOUND) {
                continue;
            }
            compounds++;
            for (String language : List.of("ja", "zh")) {
                clauses.add(Query.of(q -> q.multiMatch(m -> m.query(compound).fields(WORD_FIELDS.get(language))
                        .type(TextQueryType.Phrase).slop(PROXIMITY_SLOP).analyzer("musubi_" + language)
                        .boost((float) PROXIMITY_BOOST))));
            }
        }
        return clauses;
    }

    /** The query without its CJK words. */
    static String nonCjk(String words) {
        return CJK.matcher(words).replaceAll(" ").strip().replaceAll("\\s+", " ");
    }

    /** A field of {@link #FIELDS} without its weight. */
    private static String field(String weighted) {
        int caret = weighted.indexOf('^');
        return caret < 0 ? weighted : weighted.substring(0, caret);
    }

    private static Map<String, List<String>> wordFields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            fields.put(language, FIELDS.stream().filter(f -> field(f).endsWith("." + language)).toList());
        }
        return fields;
    }

    private static Map<String, Query> filters(SearchRequest r) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (r.kind() != null && !r.kind().isBlank()) {
            filters.put("kind", terms("kind", List.of(r.kind())));
        }
        putTerms(filters, "country", "country", r.country());
        putTerms(filters, "region", "region", r.region());
        putTerms(filters, "industry", "industry", r.industry());
        putTerms(filters, "certification", "certifications", r.certification());
        putTerms(filters, "smeClass", "sme_class", r.smeClass());
        if (!r.designation().isEmpty()) {
            List<Query> any = new ArrayList<>();
            for (String d : r.designation()) {
                switch (d) {
                    case "SRDI" -> {
                        any.add(exists("srdi_provincial_year"));
                        any.add(exists("little_giant_year")); // a little giant is an SRDI enterprise too
                    }
                    case "LITTLE_GIANT" -> any.add(exists("little_giant_year"));
                    default -> throw ApiException.invalid("designation", "unknown", "must be SRDI or LITTLE_GIANT");
                }
            }
            filters.put("designation", Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1"))));
        }
        if (r.verified() != null) {
            filters.put("verified", Query.of(q -> q.term(t -> t.field("verified").value(r.verified()))));
        }
        if (r.availableFrom() != null || r.availableTo() != null) {
            List<Query> window = new ArrayList<>();
            if (r.availableTo() != null) {
                window.add(Query.of(q -> q.range(g -> g.untyped(u -> u.field("available_from")
                        .lte(JsonData.of(r.availableTo().toString()))))));
            }
            if (r.availableFrom() != null) {
                window.add(Query.of(q -> q.range(g -> g.untyped(u -> u.field("available_to")
                        .gte(JsonData.of(r.availableFrom().toString()))))));
            }
            filters.put("window", Query.of(q -> q.bool(b -> b.filter(window))));
        }
        return filters;
    }

    private static void putTerms(Map<String, Query> filters, String facet, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.put(facet, terms(field, values));
        }
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of)
                .toList()))));
    }

    private static Query exists(String field) {
        return Query.of(q -> q.exists(e -> e.field(field)));
    }

    private static Query and(java.util.Collection<Query> queries) {
        return queries.isEmpty() ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.bool(b -> b.filter(List.copyOf(queries))));
    }

    /** Counts for one facet under the query and every other facet's filter (so a chosen value keeps its peers). */
    private static Aggregation facetAggregation(String facet, String field, Map<String, Query> filters) {
        Map<String, Query> others = new LinkedHashMap<>(filters);
        others.remove(facet);
        Aggregation inner = field != null
                ? Aggregation.of(a -> a.terms(t -> t.field(field).size(60)))
                : Aggregation.of(a -> a.filters(f -> f.filters(k -> k.keyed(Map.of(
                        "SRDI", Query.of(q -> q.bool(b -> b.should(exists("srdi_provincial_year"),
                                exists("little_giant_year")).minimumShouldMatch("1"))),
                        "LITTLE_GIANT", exists("little_giant_year"))))));
        return Aggregation.of(a -> a.filter(and(others.values())).aggregations("values", inner));
    }

    private static Map<String, List<SearchResults.FacetValue>> facets(
            @SuppressWarnings("rawtypes") SearchResponse<Map> response) {
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : FACETS.keySet()) {
            List<SearchResults.FacetValue> values = new ArrayList<>();
            Aggregate outer = response.aggregations().get(facet);
            Aggregate inner = outer == null ? null : outer.filter().aggregations().get("values");
            if (inner != null && inner.isSterms()) {
                for (StringTermsBucket bucket : inner.sterms().buckets().array()) {
                    values.add(new SearchResults.FacetValue(bucket.key().stringValue(), bucket.docCount()));
                }
            } else if (inner != null && inner.isLterms()) { // booleans come back as 0 / 1
                inner.lterms().buckets().array().forEach(bucket -> values.add(new SearchResults.FacetValue(
                        bucket.key() == 1 ? "true" : "false", bucket.docCount())));
            } else if (inner != null && inner.isFilters()) {
                inner.filters().buckets().keyed().forEach((key, bucket) -> {
                    if (bucket.docCount() > 0) {
                        values.add(new SearchResults.FacetValue(key, bucket.docCount()));
                    }
                });
                values.sort((a, b) -> a.value().compareTo(b.value()));
            }
            facets.put(facet, values);
        }
        return facets;
    }

    private static void checkPaging(String text, int page, int size) {
        if (text.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalid("q", "too_long", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (page < 0) {
            throw ApiException.invalid("page", "min", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalid("size", "range", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw ApiException.invalid("page", "too_deep", "page × size must stay within the first "
                    + MAX_WINDOW + " results; refine the query instead");
        }
    }

    /** Elasticsearch is away: a 503 that says the data is safe (writes go on through the outbox). */
    public static ApiException unavailable(Exception e) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable",
                "Search is temporarily unavailable; your data is safe, please try again shortly", List.of());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static SearchResults.Hit toHit(Hit<Map> hit) {
        Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
        List<SearchResults.Highlight> highlights = new ArrayList<>();
        String matchedLanguage = null;
        for (String field : List.of("name", "headline", "description", "technology_labels", "keywords")) {
            Optional<SearchResults.Highlight> best = bestHighlight(field, hit.highlight());
            if (best.isPresent()) {
                highlights.add(best.get());
                if (matchedLanguage == null) {
                    matchedLanguage = best.get().language();
                }
            }
        }
        String kind = (String) source.getOrDefault("kind", "company");
        return new SearchResults.Hit(hit.id(), kind, localized(source.get("name")),
                (String) source.get("company_id"), "company".equals(kind) ? null : localized(source.get("company_name")),
                (String) source.get("country"), (String) source.get("region"), (String) source.get("industry"),
                (List<String>) source.getOrDefault("technologies", List.of()), matchedLanguage, highlights,
                (List<String>) source.getOrDefault("certifications", List.of()), (String) source.get("sme_class"),
                new SearchResults.Designations(integer(source.get("srdi_provincial_year")),
                        integer(source.get("little_giant_year"))),
                Boolean.TRUE.equals(source.get("verified")), (String) source.get("available_from"),
                (String) source.get("available_to"), (String) source.get("updated_at"));
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    /** A per-language object of a search document ({ja, zh, en}) as Localized; null when it has no text. */
    public static Localized localized(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        Localized localized = new Localized((String) map.get("ja"), (String) map.get("zh"), (String) map.get("en"));
        return localized.isEmpty() ? null : localized;
    }

    /**
     * Prefer the language-analysed subfield's fragment; fall back to the bigram subfield of the same language.
     * Fields without languages (keywords) report no language.
     */
    private static Optional<SearchResults.Highlight> bestHighlight(String field, Map<String, List<String>> all) {
        for (String suffix : List.of("", ".cjk")) {
            for (String language : LANGUAGES) {
                List<String> fragments = all.get(field + "." + language + suffix);
                if (fragments != null && !fragments.isEmpty()) {
                    boolean ownLanguage = !field.equals("keywords");
                    return Optional.of(new SearchResults.Highlight(field.equals("technology_labels")
                            ? "technologies" : field, ownLanguage ? language : null, segments(fragments.get(0))));
                }
            }
        }
        List<String> plain = all.get(field);
        if (plain != null && !plain.isEmpty()) {
            return Optional.of(new SearchResults.Highlight(field, null, segments(plain.get(0))));
        }
        return Optional.empty();
    }

    static List<SearchResults.Segment> segments(String fragment) {
        List<SearchResults.Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < fragment.length()) {
            int open = fragment.indexOf(PRE, at);
            if (open < 0) {
                segments.add(new SearchResults.Segment(fragment.substring(at), false));
                break;
            }
            if (open > at) {
                segments.add(new SearchResults.Segment(fragment.substring(at, open), false));
            }
            int close = fragment.indexOf(POST, open + 1);
            if (close < 0) {
                close = fragment.length();
            }
            segments.add(new SearchResults.Segment(fragment.substring(open + 1, close), true));
            at = close + 1;
        }
        return merge(segments);
    }

    /** Adjacent matched tokens (精密 + 加工) read better as one mark. */
    private static List<SearchResults.Segment> merge(List<SearchResults.Segment> segments) {
        List<SearchResults.Segment> merged = new ArrayList<>();
        for (SearchResults.Segment segment : segments) {
            if (segment.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).match() == segment.match()) {
                merged.set(last, new SearchResults.Segment(merged.get(last).text() + segment.text(),
                        segment.match()));
            } else {
                merged.add(segment);
            }
        }
        return merged;
    }
}
