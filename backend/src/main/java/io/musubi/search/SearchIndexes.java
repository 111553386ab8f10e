package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indices, as derived data: templates loaded from search-config, one alias per index pointing at a versioned
 * index, writes with the database version as external version (so replays and races are harmless), and a full
 * rebuild from the database into a fresh index followed by an atomic alias switch.
 */
@Singleton
public class SearchIndexes {
    private final Clock clock;
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;
    private final Map<String, SearchDocumentSource> sourcesByType;
    private final AtomicBoolean ready = new AtomicBoolean();

    SearchIndexes(ElasticsearchClient client, ElasticsearchSettings settings, List<SearchDocumentSource> sources, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.settings = settings;
        this.sourcesByType = sources.stream()
                .collect(Collectors.toMap(SearchDocumentSource::aggregateType, s -> s));
    }

    public String alias(String index) {
        return settings.indexPrefix() + index;
    }

    public Collection<SearchDocumentSource> sources() {
        return sourcesByType.values();
    }

    public boolean isReady() {
        return ready.get();
    }

    /**
     * Installs the templates and makes sure every alias exists, building missing indices from the database.
     * Returns false (and logs) while Elasticsearch is unreachable; callers try again later.
     */
    public synchronized boolean ensureReady() {
        if (ready.get()) {
            return true;
        }
        try {
            installTemplates();
            for (SearchDocumentSource source : sourcesByType.values()) {
                if (!client.indices().existsAlias(a -> a.name(alias(source.index()))).value()) {
                    LOG.info("Index {} is missing: building it from the database", alias(source.index()));
                    rebuild(source);
                }
            }
            ready.set(true);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Elasticsearch is not available yet ({}); search indexing will catch up when it is",
                    e.getMessage());
            return false;
        }
    }

    /** Called when a request to Elasticsearch failed: the next attempt re-checks templates and aliases. */
    void markUnavailable() {
        ready.set(false);
    }

    /**
     * Installs each index template of search-config and the component templates it is composed of, all under the
     * configured prefix (so several apps or test classes can share a cluster).
     */
    void installTemplates() throws IOException {
        java.util.Set<String> installed = new java.util.HashSet<>();
        for (SearchDocumentSource source : sourcesByType.values()) {
            ObjectNode template = template(source.index());
            template.putArray("index_patterns").add(alias(source.index()) + "-*");
            com.fasterxml.jackson.databind.node.ArrayNode composedOf = template.putArray("composed_of");
            for (String component : componentsOf(source.index())) {
                if (installed.add(component)) {
                    ObjectNode body = resource("search/component-templates/" + component + ".json");
                    body.remove("_meta");
                    client.cluster().putComponentTemplate(t -> t.name(settings.indexPrefix() + component)
                            .withJson(new StringReader(body.toString())));
                }
                composedOf.add(settings.indexPrefix() + component);
            }
            client.indices().putIndexTemplate(t -> t.name(alias(source.index()))
                    .withJson(new StringReader(template.toString())));
        }
    }

    /**
     * An index template of search-config with the mapping fragments its {@code _meta.includes} names merged in
     * (search/mappings/*.json: fields several indices share).
     */
    static ObjectNode template(String index) {
        ObjectNode template = resource("search/index-templates/" + index + ".json");
        ObjectNode properties = (ObjectNode) template.with("template").with("mappings").with("properties");
        template.path("_meta").path("includes").forEach(include -> {
            ObjectNode fragment = resource("search/mappings/" + include.asText() + ".json");
            fragment.path("mappings").path("properties").fields().forEachRemaining(field -> {
                if (!properties.has(field.getKey())) {
                    properties.set(field.getKey(), field.getValue());
                }
            });
            if (fragment.path("mappings").has("dynamic")) {
                ((ObjectNode) template.with("template").with("mappings")).set("dynamic",
                        fragment.path("mappings").path("dynamic"));
            }
        });
        template.remove("_meta");
        return template;
    }

    private static List<String> componentsOf(String index) {
        List<String> components = new java.util.ArrayList<>();
        resource("search/index-templates/" + index + ".json").path("composed_of")
                .forEach(c -> components.add(c.asText()));
        return components;
    }

    /** Writes the current state of these rows; rows that no longer exist are deleted from the index. */
    public void write(String aggregateType, Collection<UUID> ids) throws IOException {
        SearchDocumentSource source = source(aggregateType);
        Map<UUID, SearchDocument> documents = source.load(ids);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        String target = alias(source.index());
        for (UUID id : ids) {
            SearchDocument document = documents.get(id);
            if (document == null) {
                bulk.operations(op -> op.delete(d -> d.index(target).id(id.toString())));
            } else {
                bulk.operations(op -> op.index(i -> i.index(target).id(id.toString()).document(document.body())
                        .version(document.version()).versionType(VersionType.ExternalGte)));
            }
        }
        if (!ids.isEmpty()) {
            check(client.bulk(bulk.build()));
        }
    }

    public RebuildReport rebuild(String index) throws IOException {
        return rebuild(sourcesByType.values().stream().filter(s -> s.index().equals(index)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index named " + index)));
    }

    /**
     * Reads the whole table into a new versioned index and switches the alias in one request, so search never goes
     * dark. Rows written while the rebuild ran are written again after the switch (the indexer may have put them
     * into the old index only).
     */
    public synchronized RebuildReport rebuild(SearchDocumentSource source) throws IOException {
        long begin = System.nanoTime();
        Instant startedAt = Instant.now(clock).minusSeconds(5);
        String alias = alias(source.index());
        String fresh = alias + "-" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 4);
        installTemplates();
        client.indices().create(c -> c.index(fresh));
        AtomicLong count = new AtomicLong();
        IOException[] failure = new IOException[1];
        source.forEach(BATCH, batch -> {
            if (failure[0] != null) {
                return;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            batch.forEach(document -> bulk.operations(op -> op.index(i -> i.index(fresh)
                    .id(document.id().toString()).document(document.body()).version(document.version())
                    .versionType(VersionType.ExternalGte))));
            try {
                check(client.bulk(bulk.build()));
                count.addAndGet(batch.size());
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            client.indices().delete(d -> d.index(fresh));
            throw failure[0];
        }
        client.indices().refresh(r -> r.index(fresh));
        Set<String> previous = currentIndices(alias);
        client.indices().updateAliases(u -> {
            previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(fresh).alias(alias).isWriteIndex(true)));
        });
        for (String old : previous) {
            client.indices().delete(d -> d.index(old));
        }
        List<UUID> changedMeanwhile = source.changedSince(startedAt);
        for (int i = 0; i < changedMeanwhile.size(); i += BATCH) {
            write(source.aggregateType(), changedMeanwhile.subList(i, Math.min(changedMeanwhile.size(), i + BATCH)));
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        LOG.info("Rebuilt {} into {}: {} documents in {} ms", alias, fresh, count.get(), millis);
        return new RebuildReport(alias, fresh, count.get(), millis);
    }

    public void refresh() throws IOException {
        for (SearchDocumentSource source : sourcesByType.values()) {
            client.indices().refresh(r -> r.index(alias(source.index())));
        }
    }

    private Set<String> currentIndices(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Set.of();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return response.result().keySet();
    }

    private SearchDocumentSource source(String aggregateType) {
        SearchDocumentSource source = sourcesByType.get(aggregateType);
        if (source == null) {
            throw new IllegalArgumentException("no search document source for " + aggregateType);
        }
        return source;
    }

    /** A version conflict means the index already holds this or a newer version: that is success. */
    private static void check(BulkResponse response) throws IOException {
        if (!response.errors()) {
            return;
        }
        List<String> failures = response.items().stream()
                .filter(item -> item.error() != null)
                .filter(item -> !"version_conflict_engine_exception".equals(item.error().type()))
                .map(SearchIndexes::describe)
                .toList();
        if (!failures.isEmpty()) {
            throw new IOException("bulk indexing failed for " + failures.size() + " documents: "
                    + failures.subList(0, Math.min(3, failures.size())));
        }
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + " " + item.error().type() + ": " + item.error().reason();
    }

    private static ObjectNode resource(String path) {
        try (InputStream in = SearchIndexes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing search-config resource " + path);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    public record RebuildReport(String alias, String index, long documents, long millis) {
    }

}
