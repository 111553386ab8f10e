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
import io.musubi.company.CompanyService;
import io.musubi.company.CompanyView;
import io.musubi.match.MatchService;
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
 * Run it with {@code ./mvnw -Pevaluate -DskipTests verify}; {@code RelevanceEvaluationTest} runs it in the tests.
 */
public final class RelevanceEvaluation implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApplicationContext context;
    private final Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN, null);
    private final Map<String, String> keyById = new HashMap<>();
    private final Map<String, UUID> idByKey = new HashMap<>();
    private final Map<String, UUID> needByKey = new LinkedHashMap<>();
    private String baseline;

    public record Figures(int queries, int profiles, int needs, Map<String, double[]> search, double recommendations) {
        /** {nDCG@10 product, nDCG@10 baseline, recall@20 product, recall@20 baseline} per slice. */
        public double[] all() {
            return search.get("all");
        }
    }

    public RelevanceEvaluation() {
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        properties.put("musubi.indexer.enabled", "false");
        properties.put("micronaut.server.port", "-1");
        this.context = ApplicationContext.run(properties, "test");
    }

    public static void main(String[] args) throws Exception {
        try (RelevanceEvaluation evaluation = new RelevanceEvaluation()) {
            System.out.println(evaluation.report(evaluation.run()));
        }
        TestServices.stopDatabase();
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
        MatchService matches = context.getBean(MatchService.class);
        double recommendations = 0;
        JsonNode needs = resource("relevance/needs.json");
        for (JsonNode need : needs) {
            List<String> ranked = matches.recommend(admin, "need:" + needByKey.get(need.path("key").asText()), 10)
                    .items().stream().map(r -> keyById.getOrDefault(r.id(), r.id())).toList();
            recommendations += Metrics.ndcg(ranked, grades(need.path("relevant")), 10) / needs.size();
        }
        return new Figures(slices.get("all").size(), idByKey.size(), needs.size(), means, recommendations);
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
        out.append(String.format(Locale.ROOT, "%-24s %9.3f%n", "recommendations nDCG@10", f.recommendations()));
        return out.toString();
    }

    private void load() throws IOException {
        CompanyService companies = context.getBean(CompanyService.class);
        var serde = context.getBean(io.micronaut.serde.ObjectMapper.class);
        for (JsonNode profile : resource("relevance/profiles.json")) {
            String key = profile.path("key").asText();
            CompanyView created = companies.create(admin, serde.readValue(profile.toString(), CompanyRequest.class));
            idByKey.put(key, created.id());
            keyById.put(created.id().toString(), key);
            for (JsonNode c : profile.path("certifications")) {
                var added = companies.addCertification(admin, created.id(), new CertificationRequest(
                        c.path("standard").asText(), c.path("name").asText(null), c.path("number").asText(null),
                        c.path("issuer").asText(null), c.hasNonNull("validUntil")
                        ? shifted(LocalDate.parse(c.path("validUntil").asText())) : null));
                if ("VERIFIED".equals(c.path("verification").asText())) {
                    companies.verifyCertification(admin, created.id(), added.id(), "VERIFIED");
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
        }
        context.getBean(Indexer.class).drain();
        SearchIndexes indexes = context.getBean(SearchIndexes.class);
        indexes.refresh();
        buildBaseline(indexes);
    }

    /** The set was judged on {@link #JUDGED_ON}: certificate dates keep their distance from "today". */
    static final LocalDate JUDGED_ON = LocalDate.of(2026, 11, 24);

    static LocalDate shifted(LocalDate date) {
        return LocalDate.now().plusDays(java.time.temporal.ChronoUnit.DAYS.between(JUDGED_ON, date));
    }

    /** The same company documents in one index analysed by the plain standard analyzer only. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void buildBaseline(SearchIndexes indexes) throws IOException {
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        baseline = indexes.alias("baseline-" + UUID.randomUUID().toString().substring(0, 6));
        client.indices().create(c -> c.index(baseline).withJson(new StringReader("""
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
                 "mappings": {"properties": {"name": {"type": "text", "analyzer": "standard"},
                                             "body": {"type": "text", "analyzer": "standard"}}}}""")));
        var all = client.search(s -> s.index(indexes.alias("companies")).size(10_000), Map.class);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<Map> hit : all.hits().hits()) {
            Map<String, Object> source = hit.source();
            // what the companies wrote, nothing the product derived (no taxonomy labels, no per-language analysis)
            Map<String, Object> doc = Map.of("name", flatten(source.get("name")), "body", flatten(List.of(
                    source.getOrDefault("headline", ""), source.getOrDefault("description", ""),
                    source.getOrDefault("keywords", ""))));
            bulk.operations(op -> op.index(i -> i.index(baseline).id(hit.id()).document(doc)));
        }
        client.bulk(bulk.refresh(co.elastic.clients.elasticsearch._types.Refresh.True).build());
    }

    @SuppressWarnings("rawtypes")
    private List<String> baseline(String q) throws IOException {
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        var response = client.search(s -> s.index(baseline).size(20).query(query -> query.multiMatch(m -> m
                .query(q).fields("name^2", "body").type(TextQueryType.BestFields))), Map.class);
        return response.hits().hits().stream().map(Hit::id).map(id -> keyById.getOrDefault(id, id)).toList();
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
