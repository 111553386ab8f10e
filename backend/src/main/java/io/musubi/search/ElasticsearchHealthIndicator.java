package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.musubi.platform.outbox.Outbox;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** "elasticsearch" in /health: the cluster's status, whether the indices are set up, and the outbox backlog. */
@Singleton
class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final Outbox outbox;

    ElasticsearchHealthIndicator(ElasticsearchClient client, SearchIndexes indexes, Outbox outbox) {
        this.client = client;
        this.indexes = indexes;
        this.outbox = outbox;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pendingIndexing", outbox.pending());
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            details.put("cluster", health.clusterName());
            details.put("status", health.status().jsonValue());
            details.put("indicesReady", indexes.isReady());
            this.healthStatus = health.status() == HealthStatus.Red ? io.micronaut.health.HealthStatus.DOWN
                    : io.micronaut.health.HealthStatus.UP;
        } catch (Exception e) {
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            this.healthStatus = io.micronaut.health.HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }
}
