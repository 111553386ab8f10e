package io.musubi.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions as you type: company names from the index (prefix n-grams of every name, so a few keystrokes are
 * one term lookup) and taxonomy labels in all three languages from memory.
 */
@Singleton
public class Suggestions {
    static final int MAX = 10;
    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final Taxonomy taxonomy;

    Suggestions(ElasticsearchClient client, SearchIndexes indexes, Taxonomy taxonomy) {
        this.client = client;
        this.indexes = indexes;
        this.taxonomy = taxonomy;
    }

    @Serdeable
    public record Suggestion(String text, String type, String id, String language) {
    }

    @Serdeable
    public record SuggestionList(List<Suggestion> items) {
    }

    public SuggestionList suggest(String raw) {
        String text = QueryText.clean(raw);
        if (text.isEmpty()) {
            return new SuggestionList(List.of());
        }
        if (text.length() > 100) {
            throw ApiException.invalid("q", "too_long", "must be at most 100 characters");
        }
        String key = normalise(text);
        List<Suggestion> items = new ArrayList<>(technologies(key, 4));
        items.addAll(companies(text, key, MAX - items.size()));
        return new SuggestionList(items.subList(0, Math.min(MAX, items.size())));
    }

    private List<Suggestion> technologies(String key, int limit) {
        List<Suggestion> found = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int pass = 0; pass < 2 && found.size() < limit; pass++) {
            for (Taxonomy.Term term : taxonomy.terms()) {
                if (found.size() >= limit || codes.contains(term.code())) {
                    continue;
                }
                for (String language : List.of("ja", "zh", "en")) {
                    String label = label(term.labels(), language);
                    String normalised = label == null ? "" : normalise(label);
                    boolean hit = pass == 0 ? normalised.startsWith(key)
                            : !isLatin(key) && normalised.contains(key);
                    if (hit) {
                        found.add(new Suggestion(label, "technology", term.code(), language));
                        codes.add(term.code());
                        break;
                    }
                }
            }
        }
        return found;
    }

    private List<Suggestion> companies(String text, String key, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try {
            SearchResponse<ListingDocument> response = client.search(s -> s.index(indexes.alias("companies"))
                    .query(q -> q.match(m -> m.field("suggest").query(text)))
                    .source(src -> src.filter(f -> f.includes("name")))
                    .size(limit), ListingDocument.class);
            List<Suggestion> found = new ArrayList<>();
            for (Hit<ListingDocument> hit : response.hits().hits()) {
                Localized names = hit.source() == null ? null : hit.source().name();
                if (names == null) {
                    continue;
                }
                String language = "ja";
                String name = names.any().orElseThrow();
                for (String l : List.of("ja", "zh", "en")) {
                    String candidate = label(names, l);
                    if (candidate != null && normalise(candidate).startsWith(key)) {
                        language = l;
                        name = candidate;
                        break;
                    }
                }
                found.add(new Suggestion(name, "company", hit.id(), language));
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return List.of(); // suggestions are a convenience: never an error while typing
        }
    }

    private static String label(Localized labels, String language) {
        return switch (language) {
            case "ja" -> labels.ja();
            case "zh" -> labels.zh();
            default -> labels.en();
        };
    }

    private static boolean isLatin(String text) {
        return text.chars().allMatch(c -> c < 0x2E80);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
