package io.musubi.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/** {@code musubi.elasticsearch.*}: where the node is, how to log in, and the prefix of every index and template. */
@ConfigurationProperties("musubi.elasticsearch")
public record ElasticsearchSettings(String url, @Nullable String username, @Nullable String password,
                                    String indexPrefix, Duration timeout) {
}
