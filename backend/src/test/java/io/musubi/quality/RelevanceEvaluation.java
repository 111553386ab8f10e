package io.musubi.quality;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.musubi.company.CertificationRequest;
import io.musubi.company.CompanyRequest;
import io.musubi.company.Certifications;
import io.musubi.company.CompanyService;
import io.musubi.company.CompanyView;
import io.musubi.match.MatchService;
import io.musubi.opportunity.CapacityRequest;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.NeedRequest;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.search.Indexer;
import io.musubi.search.ListingSearch;
import io.musubi.search.SearchIndexes;
import io.musubi.search.SearchRequest;
import io.musubi.search.SearchResults;
import io.musubi.testing.TestServices;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The relevance test set of src/test/resources/relevance (written for Musubi: profiles, judged queries in ja, zh
 * and en, judged supplier lists for needs) loaded through the product, then measured: nDCG@10 and recall@20 of the
 * product's search beside a plain standard-analyzer index of the same documents, and nDCG@10 of recommendations.
 * {@code RelevanceEvaluationTest} runs it in the tests as a gate; {@code ./mvnw -Pevaluate -DskipTests verify} prints
 * its figures ({@code RelevanceReport} in tools/, through the test-jar).
 */
public final class RelevanceEvaluation implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApplicationContext context;
    private final Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN, null);
    private final Map<String, String> keyById = new HashMap<>();
    private final Map<String, UUID> idByKey = new HashMap<>();
    private final Map<String, UUID> needByKey = new LinkedHashMap<>();
    private final Map<String, UUID> capacityByKey = new LinkedHashMap<>();
    /** "need:key" and "capacity:key" by the record's id. */
    private final Map<String, String> opportunityById = new HashMap<>();
    private final Map<String, String> textByRef = new HashMap<>();
    private String baseline;

    /**
     * @param search    {nDCG@10 product, nDCG@10 baseline, recall@20 product, recall@20 baseline} per slice
     * @param kinds     nDCG@10 of each kind of ranking, product beside the plain-text baseline
     */
    public record Figures(int queries, int profiles, int needs, Map<String, double[]> search, double recommendations,
                          Map<String, Kind> kinds) {
        public double[] all() {
            return search.get("all");
        }
    }

    /** One kind of ranking: how many judged lists, mean nDCG@10 of the product and of the plain-text baseline. */
    public record Kind(int lists, double product, double baseline) {
    }

    public static final String SEARCH = "search";
    public static final String INTENT_SEARCH = "search with intent words";
    public static final String NEED_TO_COMPANY = "need → company";
    public static final String CAPACITY_TO_COMPANY = "capacity → company";
    public static final String COMPANY_TO_OPPORTUNITIES = "company → needs/capacity";

    public RelevanceEvaluation() {
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        properties.put("musubi.indexer.enabled", "false");
        properties.put("micronaut.server.port", "-1");
        this.context = ApplicationContext.run(properties, "test");
    }

    public Figures run() throws IOException {
        load();
        Map<String, List<double[]>> slices = new LinkedHashMap<>();
        JsonNode queries = resource("relevance/queries.json");
        ListingSearch search = context.getBean(ListingSearch.class);
        for (JsonNode query : queries) {
            Map<String, Integer> judged = grades(query.path("relevant"));
            String q = query.path("q").asText();
            List<String> product = search.search(SearchRequest.text(q, "company", 0, 20)).items().stream()
                    .map(SearchResults.Hit::id).map(id -> keyById.getOrDefault(id, id)).toList();
            List<String> plain = baseline(q);
            double[] row = {Metrics.ndcg(product, judged, 10), Metrics.ndcg(plain, judged, 10),
                    Metrics.recall(product, judged, 20), Metrics.recall(plain, judged, 20)};
            slices.computeIfAbsent("all", k -> new ArrayList<>()).add(row);
            slices.computeIfAbsent(query.path("lang").asText(), k -> new ArrayList<>()).add(row);
            if (query.path("crossLanguage").asBoolean()) {
                slices.computeIfAbsent("cross-language", k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, double[]> means = new LinkedHashMap<>();
        slices.forEach((slice, rows) -> {
            double[] mean = new double[4];
            rows.forEach(r -> {
                for (int i = 0; i < 4; i++) {
                    mean[i] += r[i] / rows.size();
                }
            });
            means.put(slice + " (" + rows.size() + ")", mean);
        });
        means.put("all", means.get("all (" + slices.get("all").size() + ")"));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        double[] all = means.get("all");
        kinds.put(SEARCH, new Kind(slices.get("all").size(), all[0], all[1]));
        kinds.put(INTENT_SEARCH, intentSearch(search));
        MatchService matches = context.getBean(MatchService.class);
        JsonNode needs = resource("relevance/needs.json");
        Kind needKind = recommendations(matches, needs, n -> "need:" + needByKey.get(n.path("key").asText()),
                "company");
        kinds.put(NEED_TO_COMPANY, needKind);
        kinds.put(CAPACITY_TO_COMPANY, recommendations(matches, optional("relevance/capacities.json"),
                c -> "capacity:" + capacityByKey.get(c.path("key").asText()), "company"));
        kinds.put(COMPANY_TO_OPPORTUNITIES, recommendations(matches, optional("relevance/company-opportunities.json"),
                c -> "company:" + idByKey.get(c.path("company").asText()), "opportunity"));
        return new Figures(slices.get("all").size(), idByKey.size(), needs.size(), means, needKind.product(), kinds);
    }

    /** The mean nDCG@10 of the product's recommendations for each judged list, and of plain text for the same. */
    private Kind recommendations(MatchService matches, JsonNode lists, java.util.function.Function<JsonNode, String> ref,
                                 String candidates) throws IOException {
        double product = 0;
        double plain = 0;
        for (JsonNode list : lists) {
            String forRef = ref.apply(list);
            Map<String, Integer> judged = grades(list.path("relevant"));
            List<MatchService.Recommendation> items = matches.recommend(admin, forRef, 10).items();
            List<String> ranked = items.stream()
                    .map(r -> "company".equals(r.kind()) ? keyById.getOrDefault(r.id(), r.id())
                            : opportunityById.getOrDefault(r.id(), r.id())).toList();
            double ndcg = Metrics.ndcg(ranked, judged, 10);
            product += ndcg / lists.size();
            plain += Metrics.ndcg(baseline(textByRef.getOrDefault(forRef, ""), candidates, forRef), judged, 10)
                    / lists.size();
            if ("true".equals(System.getenv("MUSUBI_EVALUATION_DETAILS"))) {
                System.out.printf(Locale.ROOT, "%.2f %s: %s | judged %s%n", ndcg, list.path("key").asText(),
                        java.util.stream.IntStream.range(0, Math.min(6, ranked.size())).mapToObj(i -> ranked.get(i)
                                + "=" + judged.getOrDefault(ranked.get(i), 0) + "@" + items.get(i).score() + items.get(i)
                                .reasons().stream().map(r -> r.code()).toList()).toList(), judged);
            }
        }
        return new Kind(lists.size(), product, plain);
    }

    /** Queries with intent words over every kind; results as "company:key", "need:key", "capacity:key". */
    private Kind intentSearch(ListingSearch search) throws IOException {
        JsonNode queries = optional("relevance/intent-queries.json");
        double product = 0;
        double plain = 0;
        for (JsonNode query : queries) {
            Map<String, Integer> judged = grades(query.path("relevant"));
            String q = query.path("q").asText();
            List<String> ranked = search.search(SearchRequest.text(q, null, 0, 20)).items().stream()
                    .map(h -> "company".equals(h.kind()) ? "company:" + keyById.getOrDefault(h.id(), h.id())
                            : opportunityById.getOrDefault(h.id(), h.id())).toList();
            product += Metrics.ndcg(ranked, judged, 10) / queries.size();
            if ("true".equals(System.getenv("MUSUBI_EVALUATION_DETAILS"))) {
                System.out.printf(Locale.ROOT, "%.2f %s %s: %s | judged %s%n", Metrics.ndcg(ranked, judged, 10),
                        query.path("id").asText(), q, ranked.stream().limit(6).map(k -> k + "="
                                + judged.getOrDefault(k, 0)).toList(), judged);
            }
            plain += Metrics.ndcg(baseline(q, "any", null).stream().map(k -> k.contains(":") ? k : "company:" + k)
                    .toList(), judged, 10) / queries.size();
        }
        return new Kind(queries.size(), product, plain);
    }

    public String report(Figures f) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nRelevance: %d judged queries over %d profiles; %d judged needs%n",
                f.queries(), f.profiles(), f.needs()));
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %7s   %9s %9s%n", "search (queries)", "nDCG@10",
                "baseline", "gain", "recall@20", "baseline"));
        f.search().forEach((slice, m) -> {
            if (!slice.equals("all")) {
                out.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %+6.0f%%   %9.3f %9.3f%n", slice, m[0], m[1],
                        m[1] == 0 ? 0 : (m[0] / m[1] - 1) * 100, m[2], m[3]));
            }
        });
        out.append(String.format(Locale.ROOT, "%n%-28s %5s %9s %9s%n", "nDCG@10 by kind", "lists", "product",
                "baseline"));
        f.kinds().forEach((kind, k) -> out.append(String.format(Locale.ROOT, "%-28s %5d %9.3f %9.3f%n", kind,
                k.lists(), k.product(), k.baseline())));
        return out.toString();
    }

    private void load() throws IOException {
        CompanyService companies = context.getBean(CompanyService.class);
        Certifications certifications = context.getBean(Certifications.class);
        var serde = context.getBean(io.micronaut.serde.ObjectMapper.class);
        for (JsonNode profile : resource("relevance/profiles.json")) {
            String key = profile.path("key").asText();
            CompanyView created = companies.create(admin, serde.readValue(profile.toString(), CompanyRequest.class));
            idByKey.put(key, created.id());
            keyById.put(created.id().toString(), key);
            for (JsonNode c : profile.path("certifications")) {
                var added = certifications.add(admin, created.id(), new CertificationRequest(
                        c.path("standard").asText(), c.path("name").asText(null), c.path("number").asText(null),
                        c.path("issuer").asText(null), c.hasNonNull("validUntil")
                        ? shifted(LocalDate.parse(c.path("validUntil").asText())) : null));
                if ("VERIFIED".equals(c.path("verification").asText())) {
                    certifications.verify(admin, created.id(), added.id(), "VERIFIED");
                }
            }
        }
        NeedService needs = context.getBean(NeedService.class);
        for (JsonNode need : resource("relevance/needs.json")) {
            com.fasterxml.jackson.databind.node.ObjectNode body = need.deepCopy();
            body.put("companyId", idByKey.get(need.path("company").asText()).toString());
            body.remove("deadline"); // judged once; a fixed date would fall into the past
            UUID id = needs.create(admin, serde.readValue(body.toString(), NeedRequest.class)).id();
            needByKey.put(need.path("key").asText(), id);
            opportunityById.put(id.toString(), "need:" + need.path("key").asText());
            textByRef.put("need:" + id, flatten(List.of(need.path("titles").toString(),
                    need.path("descriptions").toString())));
        }
        CapacityService capacities = context.getBean(CapacityService.class);
        for (JsonNode capacity : optional("relevance/capacities.json")) {
            com.fasterxml.jackson.databind.node.ObjectNode body = capacity.deepCopy();
            body.put("companyId", idByKey.get(capacity.path("company").asText()).toString());
            // judged on CAPACITIES_JUDGED_ON: the window keeps its distance from "today"
            body.put("availableFrom", shifted(LocalDate.parse(capacity.path("availableFrom").asText()),
                    CAPACITIES_JUDGED_ON).toString());
            body.put("availableTo", shifted(LocalDate.parse(capacity.path("availableTo").asText()),
                    CAPACITIES_JUDGED_ON).toString());
            for (String extra : List.of("key", "company", "relevant", "note")) {
                body.remove(extra);
            }
            UUID id = capacities.create(admin, serde.readValue(body.toString(), CapacityRequest.class)).id();
            capacityByKey.put(capacity.path("key").asText(), id);
            opportunityById.put(id.toString(), "capacity:" + capacity.path("key").asText());
            textByRef.put("capacity:" + id, flatten(List.of(capacity.path("titles").toString(),
                    capacity.path("specifications").toString())));
        }
        for (JsonNode profile : resource("relevance/profiles.json")) {
            textByRef.put("company:" + idByKey.get(profile.path("key").asText()), flatten(List.of(
                    profile.path("headlines").toString(), profile.path("descriptions").toString())));
        }
        context.getBean(Indexer.class).drain();
        SearchIndexes indexes = context.getBean(SearchIndexes.class);
        indexes.refresh();
        buildBaseline(indexes);
    }

    /** The set was judged on {@link #JUDGED_ON}: certificate dates keep their distance from "today". */
    static final LocalDate JUDGED_ON = LocalDate.of(2026, 11, 24);

    /** The capacity listings were judged on this day. */
    static final LocalDate CAPACITIES_JUDGED_ON = LocalDate.of(2026, 12, 7);

    static LocalDate shifted(LocalDate date) {
        return shifted(date, JUDGED_ON);
    }

    static LocalDate shifted(LocalDate date, LocalDate judgedOn) {
        return LocalDate.now().plusDays(java.time.temporal.ChronoUnit.DAYS.between(judgedOn, date));
    }

    /** The same company documents in one index analysed by the plain standard analyzer only. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void buildBaseline(SearchIndexes indexes) throws IOException {
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        baseline = indexes.alias("baseline-" + UUID.randomUUID().toString().substring(0, 6));
        client.indices().create(c -> c.index(baseline).withJson(new StringReader("""
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
                 "mappings": {"properties": {"name": {"type": "text", "analyzer": "standard"},
                                             "body": {"type": "text", "analyzer": "standard"},
                                             "kind": {"type": "keyword"}}}}""")));
        var all = client.search(s -> s.index(List.of(indexes.alias("companies"), indexes.alias("needs"),
                indexes.alias("capacities"))).size(10_000), Map.class);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<Map> hit : all.hits().hits()) {
            Map<String, Object> source = hit.source();
            // what the companies wrote, nothing the product derived (no taxonomy labels, no per-language analysis)
            Map<String, Object> doc = Map.of("name", flatten(source.get("name")), "body", flatten(List.of(
                    source.getOrDefault("headline", ""), source.getOrDefault("description", ""),
                    source.getOrDefault("keywords", ""))), "kind", source.getOrDefault("kind", "company"));
            bulk.operations(op -> op.index(i -> i.index(baseline).id(hit.id()).document(doc)));
        }
        client.bulk(bulk.refresh(co.elastic.clients.elasticsearch._types.Refresh.True).build());
    }

    /** Company profiles ranked by plain text. */
    private List<String> baseline(String q) throws IOException {
        return baseline(q, "company", null);
    }

    /**
     * Records of {@code candidates} ("company", "opportunity" for needs and listings, "any") ranked by plain text,
     * without the record {@code excluded} ("need:&lt;id&gt;"); companies by key, the others as "kind:key".
     */
    @SuppressWarnings("rawtypes")
    private List<String> baseline(String q, String candidates, String excluded) throws IOException {
        if (q.isBlank()) {
            return List.of();
        }
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        List<String> kinds = switch (candidates) {
            case "company" -> List.of("company");
            case "opportunity" -> List.of("need", "capacity");
            default -> List.of("company", "need", "capacity");
        };
        String text = q.length() > 1000 ? q.substring(0, 1000) : q;
        var response = client.search(s -> s.index(baseline).size(20).query(query -> query.bool(b -> b
                .must(m -> m.multiMatch(mm -> mm.query(text).fields("name^2", "body").type(TextQueryType.BestFields)))
                .filter(f -> f.terms(t -> t.field("kind").terms(v -> v.value(kinds.stream()
                        .map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList())))))), Map.class);
        return response.hits().hits().stream().map(Hit::id)
                .filter(id -> excluded == null || !excluded.endsWith(id))
                .map(id -> keyById.containsKey(id) ? keyById.get(id) : opportunityById.getOrDefault(id, id)).toList();
    }

    private static String flatten(Object value) {
        StringBuilder text = new StringBuilder();
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> text.append(flatten(v)).append(' '));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> text.append(flatten(v)).append(' '));
        } else if (value != null) {
            text.append(value);
        }
        return text.toString().strip();
    }

    private static Map<String, Integer> grades(JsonNode relevant) {
        Map<String, Integer> grades = new HashMap<>();
        relevant.fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
        return grades;
    }

    /** A file of the set that may not exist yet: empty then. */
    private static JsonNode optional(String path) throws IOException {
        if (RelevanceEvaluation.class.getClassLoader().getResource(path) == null) {
            return JSON.createArrayNode();
        }
        return resource(path);
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = RelevanceEvaluation.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return JSON.readTree(in);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
