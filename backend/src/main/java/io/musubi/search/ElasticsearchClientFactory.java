package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;

@Factory
class ElasticsearchClientFactory {
    @Singleton
    @Bean(preDestroy = "close")
    RestClient restClient(ElasticsearchSettings settings) {
        int timeout = (int) settings.timeout().toMillis();
        return RestClient.builder(HttpHost.create(settings.url()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(Math.min(timeout, 5000))
                        .setSocketTimeout(timeout))
                .setHttpClientConfigCallback(client -> {
                    if (settings.username() != null && !settings.username().isBlank()) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(AuthScope.ANY,
                                new UsernamePasswordCredentials(settings.username(), settings.password()));
                        client.setDefaultCredentialsProvider(credentials);
                    }
                    return client;
                })
                .build();
    }

    @Singleton
    ElasticsearchClient client(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }
}
