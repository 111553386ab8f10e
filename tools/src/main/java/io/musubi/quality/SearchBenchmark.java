package io.musubi.quality;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.musubi.bulk.BulkImportsAccess;
import io.musubi.opportunity.NeedRequest;
import io.musubi.opportunity.Capacity;
import io.musubi.opportunity.CapacityRequest;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.NeedService;
import io.musubi.opportunity.Texts;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.search.ElasticsearchSettings;
import io.musubi.search.Indexer;
import io.musubi.search.ListingSearch;
import io.musubi.search.SearchIndexes;
import io.musubi.search.SearchRequest;
import io.musubi.taxonomy.Taxonomy;
import io.musubi.testing.TestServices;
import io.musubi.testing.Tokens;
import io.musubi.tools.CpuUse;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates N synthetic multilingual profiles (default 100,000; -Dmusubi.benchmark.profiles=N), imports them through
 * the product's import path (CSV → PostgreSQL with outbox → indexer → searchable), then bulk-indexes the very same
 * documents straight into a fresh index; then runs one query mix through the API and the same Elasticsearch
 * requests straight to the node, interleaved; then recommendations against one search. Prints the ratios of one
 * run. Both sides of the import ratio are measured warm (rounds of other profiles through both until steady, see
 * below), each after the node's merges settled, and each with where the machine's CPU time went (app, Elasticsearch,
 * PostgreSQL, idle). The node starts without the indices of earlier test runs (TestNodes).
 * Command: {@code ./mvnw -Pbenchmark -DskipTests verify}.
 */
public final class SearchBenchmark {
    private static final Random RANDOM = new Random(20261124);

    public static void main(String[] args) {
        io.musubi.tools.Benchmarks.main(SearchBenchmark::run);
    }

    private static void run() throws Exception {
        int n = Integer.getInteger("musubi.benchmark.profiles", 100_000);
        int queries = Integer.getInteger("musubi.benchmark.queries", 300);
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        // the indexer runs with the application's settings, beside the import: the import is done when all is
        // searchable
        properties.remove("musubi.indexer.interval");
        properties.put("micronaut.server.port", "-1");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Taxonomy taxonomy = context.getBean(Taxonomy.class);
            Actor admin = new Actor(context.getBean(io.musubi.account.AccountService.class).createUser(
                    "bench-" + UUID.randomUUID() + "@bench.example", "benchmark-password", "Benchmark", Role.ADMIN,
                    null), Role.ADMIN, null);
            List<Taxonomy.Term> terms = new ArrayList<>(taxonomy.terms());
            System.out.printf(Locale.ROOT, "%nBenchmark: %,d synthetic profiles, %d queries%n", n, queries);

            // 1. import through the product, until everything is searchable
            // one file holds at most 50,000 rows (the import's limit): larger runs import several files in turn
            List<byte[]> files = new ArrayList<>();
            for (int from = 0; from < n; from += 50_000) {
                files.add(csv(from, Math.min(n, from + 50_000), terms));
            }
            // warm-up: both sides are measured warm, as a running service is. Rounds of N/10 other profiles (at least
            // 10,000) through the product, then their documents through raw _bulk into a throwaway index, until neither
            // side is 5 % faster than in the round before (at most 8). On a fresh node and JVM on this machine 20,000
            // profiles took 9.1 s through the product (app 7.3 CPU s, Elasticsearch 9.2), then 6.6 s and 5.4 s
            // (app 1.9, Elasticsearch 5.7): the compilers of both JVMs compete with the work for two cores. The
            // warm-up profiles stay in the product's index, which is then larger than the raw one.
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            SearchIndexes indexes = context.getBean(SearchIndexes.class);
            Indexer indexer = context.getBean(Indexer.class);
            int warm = Math.max(10_000, n / 10);
            java.util.Set<Object> warmIds = new java.util.HashSet<>();
            List<String> rounds = new ArrayList<>();
            double[] previous = {Double.MAX_VALUE, Double.MAX_VALUE};
            for (int round = 0; round < 8; round++) {
                int first = n + round * warm;
                ImportRun run = importThroughProduct(context, admin, List.of(csv(first, first + warm, terms)));
                List<Map<String, Object>> fresh = readAll(client, indexes.alias("companies")).stream()
                        .filter(d -> warmIds.add(d.get("id"))).toList();
                double rawWarm = rawSeconds(client, indexes.alias("companies") + "-warm", fresh, 1);
                rounds.add(String.format(Locale.ROOT, "%.1f/%.1f", run.seconds(), rawWarm));
                boolean steady = run.seconds() > previous[0] * 0.95 && rawWarm > previous[1] * 0.95;
                previous[0] = run.seconds();
                previous[1] = rawWarm;
                if (steady) {
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "warm-up (not measured), rounds of %,d other profiles, seconds product/raw: "
                    + "%s%n", warm, String.join(", ", rounds));

            ImportRun product = importThroughProduct(context, admin, files);
            double productSeconds = product.seconds();
            System.out.printf(Locale.ROOT, "import through the product: %,d rows (%,d created, %d rejected) in %.1f s "
                    + "(rows stored after %.1f s with %,d still to index, all searchable %.1f s later)%n  %s%n",
                    product.job()[0], product.job()[1], product.job()[2], productSeconds, product.storedSeconds(),
                    product.pendingWhenStored(), productSeconds - product.storedSeconds(), product.cpu());

            // 2. the same documents straight into Elasticsearch with _bulk, one request after the other
            List<Map<String, Object>> documents = readAll(client, indexes.alias("companies")).stream()
                    .filter(d -> !warmIds.contains(d.get("id"))).toList();
            String raw = indexes.alias("companies") + "-raw";
            CpuUse cpu = CpuUse.now();
            double rawSeconds = rawSeconds(client, raw, documents, 1);
            System.out.printf(Locale.ROOT, "raw _bulk of the same %,d documents: %.1f s%n  %s%n", documents.size(),
                    rawSeconds, CpuUse.now().since(cpu));
            System.out.printf(Locale.ROOT, "import ratio product / raw: %.2f× (target ≤ 1.5×)%n",
                    productSeconds / rawSeconds);
            // diagnostic: a raw baseline that keeps both cores busy, as the product's two indexer workers do
            cpu = CpuUse.now();
            double twoClients = rawSeconds(client, raw, documents, 2);
            System.out.printf(Locale.ROOT, "  (diagnostic) raw _bulk from two clients side by side: %.1f s, product / "
                    + "that: %.2f×%n  %s%n", twoClients, productSeconds / twoClients, CpuUse.now().since(cpu));

            // 3. the query mix through the API and straight to Elasticsearch, interleaved
            HttpClient http = HttpClient.newHttpClient();
            ListingSearch search = context.getBean(ListingSearch.class);
            JacksonJsonpMapper mapper = new JacksonJsonpMapper();
            String es = context.getBean(ElasticsearchSettings.class).url();
            List<SearchRequest> mix = mix(queries, terms);
            List<Long> api = new ArrayList<>();
            List<Long> direct = new ArrayList<>();
            for (int round = 0; round < 2; round++) { // the first round warms up, the second is measured
                for (SearchRequest request : mix) {
                    long apiNanos = time(http, HttpRequest.newBuilder(URI.create(server.getURL() + uri(request)))
                            .GET().build());
                    var elastic = search.elasticRequest(request);
                    String body = JsonpUtils.toJsonString(elastic, mapper);
                    long esNanos = time(http, HttpRequest.newBuilder(URI.create(es + "/" + String.join(",",
                            elastic.index()) + "/_search?ignore_unavailable=true"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                    if (round == 1) {
                        api.add(apiNanos);
                        direct.add(esNanos);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "search through the API: p50 %.1f ms, p95 %.1f ms; straight to "
                    + "Elasticsearch: p50 %.1f ms, p95 %.1f ms%n", p(api, 50), p(api, 95), p(direct, 50),
                    p(direct, 95));
            System.out.printf(Locale.ROOT, "search p95 ratio API / raw: %.2f× (target ≤ 1.3×)%n",
                    p(api, 95) / p(direct, 95));

            // 4. recommendations for needs against one search
            NeedService needs = context.getBean(NeedService.class);
            List<UUID> needIds = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Taxonomy.Term a = terms.get(RANDOM.nextInt(terms.size()));
                Taxonomy.Term b = terms.get((terms.indexOf(a) + 1 + RANDOM.nextInt(terms.size() - 1)) % terms.size());
                UUID firm = UUID.fromString((String) documents.get(RANDOM.nextInt(documents.size())).get("id"));
                needIds.add(needs.create(admin, new NeedRequest(null, firm, new Texts.Titles(a.labels().ja() + "の外注先",
                        null, a.labels().en() + " partner wanted"), null, List.of(a.code(), b.code()), null, null,
                        false, null, null, List.of("JP-27"), null, false)).id());
            }
            context.getBean(Indexer.class).drain();
            indexes.refresh();
            String token = Tokens.admin();
            againstOneSearch("recommendations", needIds.stream().map(id -> "need:" + id).toList(), http,
                    server.getURL().toString(), token, mix);

            // 5. users for capacity listings (used-by relations, owners of the same resource, stated needs)
            CapacityService capacities = context.getBean(CapacityService.class);
            List<UUID> listingIds = new ArrayList<>();
            Capacity.Kind[] kinds = Capacity.Kind.values();
            for (int i = 0; i < 40; i++) {
                Taxonomy.Term a = terms.get(RANDOM.nextInt(terms.size()));
                UUID owner = UUID.fromString((String) documents.get(RANDOM.nextInt(documents.size())).get("id"));
                LocalDate from = LocalDate.now().plusDays(RANDOM.nextInt(90));
                listingIds.add(capacities.create(admin, new CapacityRequest(null, owner, kinds[i % kinds.length],
                        new Texts.Titles("遊休" + a.labels().ja() + "の時間貸し", null, "idle " + a.labels().en()),
                        null, List.of(a.code()), "JP", "JP-23", from, from.plusMonths(6), null, null, null, null))
                        .id());
            }
            context.getBean(Indexer.class).drain();
            indexes.refresh();
            againstOneSearch("users for one listing", listingIds.stream().map(id -> "capacity:" + id).toList(),
                    http, server.getURL().toString(), token, mix);
        }
        TestServices.stopDatabase();
    }

    /**
     * Recommendations for each subject ("need:…", "capacity:…") interleaved with one search of the mix, twice (the
     * first round warms up); prints p50/p95 of both and the ratio of the p50s.
     */
    private static void againstOneSearch(String label, List<String> subjects, HttpClient http, String base,
                                         String token, List<SearchRequest> mix) throws Exception {
        List<Long> recommend = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String subject : subjects) {
                long r = time(http, HttpRequest.newBuilder(URI.create(base + "/api/recommendations?size=10&for="
                        + subject)).header("Authorization", "Bearer " + token).GET().build());
                long s = time(http, HttpRequest.newBuilder(URI.create(base + uri(mix.get(RANDOM.nextInt(mix.size())))))
                        .GET().build());
                if (round == 1) {
                    recommend.add(r);
                    single.add(s);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms; one search: p50 %.1f ms, p95 %.1f ms%n", label,
                p(recommend, 50), p(recommend, 95), p(single, 50), p(single, 95));
        System.out.printf(Locale.ROOT, "%s / one search (p50): %.2f× (target ≤ 2×)%n%n", label,
                p(recommend, 50) / p(single, 50));
    }

    private record ImportRun(double seconds, double storedSeconds, long pendingWhenStored, int[] job, CpuUse cpu) {
    }

    /** Imports the files through the product, one after the other, and waits until all is searchable. */
    private static ImportRun importThroughProduct(ApplicationContext context, Actor admin, List<byte[]> files)
            throws Exception {
        Indexer indexer = context.getBean(Indexer.class);
        settle(context.getBean(ElasticsearchClient.class));
        CpuUse cpu = CpuUse.now();
        long begin = System.nanoTime();
        int[] job = new int[3];
        for (byte[] file : files) {
            int[] one = BulkImportsAccess.importAndWait(context, admin, file);
            for (int i = 0; i < 3; i++) {
                job[i] += one[i];
            }
        }
        long stored = System.nanoTime();
        long pendingWhenStored = indexer.pending();
        while (indexer.hasPending()) {
            // not pending(): that counts the outbox, and polled at 50 Hz the count cost PostgreSQL 5 CPU seconds per
            // 20,000 profiles, taken from the import it measures
            Thread.sleep(50);
        }
        context.getBean(SearchIndexes.class).refresh();
        long end = System.nanoTime();
        return new ImportRun((end - begin) / 1e9, (stored - begin) / 1e9, pendingWhenStored, job,
                CpuUse.now().since(cpu));
    }

    private static long time(HttpClient http, HttpRequest request) throws Exception {
        long begin = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - begin;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " → " + response.statusCode() + " " + response.body());
        }
        return nanos;
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** A fixed mix: taxonomy labels in ja, zh and en, two-word queries, and a third with a filter. */
    private static List<SearchRequest> mix(int count, List<Taxonomy.Term> terms) {
        List<SearchRequest> mix = new ArrayList<>();
        String[] countries = {"JP", "CN", "DE"};
        for (int i = 0; i < count; i++) {
            Taxonomy.Term term = terms.get(RANDOM.nextInt(terms.size()));
            String q = switch (i % 3) {
                case 0 -> term.labels().ja();
                case 1 -> term.labels().zh();
                default -> term.labels().en() + " " + terms.get(RANDOM.nextInt(terms.size())).labels().en();
            };
            mix.add(new SearchRequest(q, i % 4 == 0 ? "company" : null,
                    i % 3 == 2 ? List.of(countries[i % countries.length]) : null, null, null, null, null, null, null,
                    null, null, null, 0, 20));
        }
        return mix;
    }

    private static String uri(SearchRequest r) {
        StringBuilder uri = new StringBuilder("/api/search?size=" + r.size() + "&q=" + URLEncoder.encode(r.q(),
                StandardCharsets.UTF_8));
        if (r.kind() != null) {
            uri.append("&kind=").append(r.kind());
        }
        r.country().forEach(c -> uri.append("&country=").append(c));
        return uri.toString();
    }

    /**
     * Seconds to bulk-index the documents into a fresh index (after the node's merges settled) and refresh it, from
     * one client or several side by side, each sending its share 500 documents per request, one after the other.
     * The index is deleted afterwards.
     */
    private static double rawSeconds(ElasticsearchClient client, String index, List<Map<String, Object>> documents,
                                     int clients) throws Exception {
        client.indices().create(c -> c.index(index));
        settle(client);
        long begin = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            int share = (documents.size() + clients - 1) / clients;
            for (int from = 0; from < documents.size(); from += share) {
                List<Map<String, Object>> part = documents.subList(from, Math.min(documents.size(), from + share));
                running.add(pool.submit(() -> {
                    rawBulk(client, index, part);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        client.indices().refresh(r -> r.index(index));
        double seconds = (System.nanoTime() - begin) / 1e9;
        client.indices().delete(d -> d.index(index));
        return seconds;
    }

    /** The documents straight into an index, 500 per _bulk, one request after the other. */
    private static void rawBulk(ElasticsearchClient client, String index, List<Map<String, Object>> documents)
            throws Exception {
        for (int i = 0; i < documents.size(); i += 500) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Map<String, Object> doc : documents.subList(i, Math.min(documents.size(), i + 500))) {
                bulk.operations(op -> op.index(x -> x.index(index).id((String) doc.get("id")).document(doc)));
            }
            if (client.bulk(bulk.build()).errors()) {
                throw new IllegalStateException("raw _bulk into " + index + " had errors");
            }
        }
    }

    /**
     * Waits until the node has no merges running, so that neither measurement pays for the background merging of
     * what was indexed before it.
     */
    private static void settle(ElasticsearchClient client) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            long merging = client.nodes().stats(s -> s.metric("indices")).nodes().values().stream()
                    .mapToLong(node -> node.indices() == null || node.indices().merges() == null ? 0
                            : node.indices().merges().current()).sum();
            if (merging == 0) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static List<Map<String, Object>> readAll(ElasticsearchClient client, String index) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
        while (true) {
            List<co.elastic.clients.elasticsearch._types.FieldValue> searchAfter = after;
            var response = client.search(s -> {
                s.index(index).size(5000).sort(o -> o.field(f -> f.field("id")));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Map.class);
            List<Hit<Map>> hits = response.hits().hits();
            if (hits.isEmpty()) {
                return all;
            }
            hits.forEach(h -> all.add(h.source()));
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** Template rows: names and descriptions in one or two languages, built from taxonomy labels. */
    private static byte[] csv(int first, int end, List<Taxonomy.Term> terms) {
        StringBuilder csv = new StringBuilder(String.join(",", BulkImportsAccess.templateColumns())).append('\n');
        String[] jaPrefectures = {"JP-13", "JP-27", "JP-23", "JP-14", "JP-40", "JP-22", "JP-11", "JP-26"};
        String[] cnProvinces = {"CN-GD", "CN-JS", "CN-ZJ", "CN-SH", "CN-SD", "CN-BJ"};
        for (int i = first; i < end; i++) {
            Taxonomy.Term a = terms.get(RANDOM.nextInt(terms.size()));
            Taxonomy.Term b = terms.get(RANDOM.nextInt(terms.size()));
            int language = RANDOM.nextInt(3);
            String country = language == 0 ? "JP" : language == 1 ? "CN" : (RANDOM.nextBoolean() ? "DE" : "TH");
            String region = language == 0 ? jaPrefectures[RANDOM.nextInt(jaPrefectures.length)]
                    : language == 1 ? cnProvinces[RANDOM.nextInt(cnProvinces.length)] : "";
            String nameJa = language == 0 ? "第" + i + a.labels().ja() + "工業株式会社" : "";
            String nameZh = language == 1 ? "第" + i + b.labels().zh() + "科技有限公司" : "";
            String nameEn = language == 2 || RANDOM.nextInt(4) == 0 ? "Synthetic " + i + " " + a.labels().en()
                    + " Works" : "";
            String descJa = language == 0 ? a.labels().ja() + "と" + b.labels().ja() + "を得意とし、試作から量産まで対応します。" : "";
            String descZh = language == 1 ? "专业从事" + a.labels().zh() + "和" + b.labels().zh() + "，提供从试制到量产的服务。" : "";
            String descEn = language == 2 ? "We specialise in " + a.labels().en() + " and " + b.labels().en()
                    + ", from prototypes to series production." : "";
            List<String> cells = new ArrayList<>();
            for (String column : BulkImportsAccess.templateColumns()) {
                cells.add(switch (column) {
                    case "key" -> "bench-" + i;
                    case "name_ja" -> nameJa;
                    case "name_zh" -> nameZh;
                    case "name_en" -> nameEn;
                    case "description_ja" -> descJa;
                    case "description_zh" -> descZh;
                    case "description_en" -> descEn;
                    case "industry" -> "MANUFACTURING";
                    case "country" -> country;
                    case "region" -> region;
                    case "employees" -> String.valueOf(5 + RANDOM.nextInt(400));
                    case "technologies" -> a.code() + ";" + b.code();
                    default -> "";
                });
            }
            csv.append(String.join(",", cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList()))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
