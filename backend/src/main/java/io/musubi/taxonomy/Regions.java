package io.musubi.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regions with ISO 3166-2 codes and ja/zh/en labels for the countries the platform knows in detail (Japan's
 * prefectures, China's provincial-level divisions). Elsewhere a region is free text.
 */
@Singleton
public class Regions {
    private final Map<String, List<Region>> byCountry = new LinkedHashMap<>();
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, Region> byLabel = new LinkedHashMap<>();
    private final Map<String, List<String>> neighbours = new LinkedHashMap<>();

    @jakarta.inject.Inject
    public Regions() {
        this(Taxonomy.load("taxonomy/regions.json"));
    }

    Regions(JsonNode root) {
        root.path("countries").fields().forEachRemaining(country -> {
            List<Region> regions = new ArrayList<>();
            for (JsonNode node : country.getValue()) {
                JsonNode labels = node.path("labels");
                Region region = new Region(node.path("code").asText(), country.getKey(), new Localized(
                        labels.path("ja").asText(null), labels.path("zh").asText(null), labels.path("en").asText(null)));
                regions.add(region);
                byCode.put(region.code(), region);
                List<String> near = new ArrayList<>();
                node.path("neighbours").forEach(n -> near.add(n.asText()));
                neighbours.put(region.code(), List.copyOf(near));
            }
            byCountry.put(country.getKey(), List.copyOf(regions));
        });
        checkNeighbours();
        for (Region region : byCode.values()) {
            for (String label : new String[] {region.labels().ja(), region.labels().zh(), region.labels().en()}) {
                if (label != null) {
                    byLabel.putIfAbsent(region.country() + ":" + Taxonomy.key(label), region);
                }
            }
        }
    }

    /** Neighbours must be listed regions of the same country, and each must name the other back. */
    private void checkNeighbours() {
        List<String> problems = new ArrayList<>();
        neighbours.forEach((code, near) -> {
            for (String other : near) {
                Region region = byCode.get(other);
                if (region == null || !region.country().equals(byCode.get(code).country()) || other.equals(code)) {
                    problems.add(code + " names " + other + ", not another region of its country");
                } else if (!neighbours.get(other).contains(code)) {
                    problems.add(code + " names " + other + " as a neighbour, but " + other + " does not name "
                            + code);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("taxonomy/regions.json: " + String.join("; ", problems));
        }
    }

    /** The regions that border this one (by land or a fixed link); empty for free-text or unknown regions. */
    public List<String> neighbours(String code) {
        return code == null ? List.of() : neighbours.getOrDefault(code, List.of());
    }

    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    /** An ISO 3166-1 alpha-2 code. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** Whether regions of this country must be one of the listed codes. */
    public boolean isListed(String country) {
        return byCountry.containsKey(country);
    }

    public List<Region> of(String country) {
        return byCountry.getOrDefault(country, List.of());
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Where the country's regions are listed, the region must be one of their codes. */
    public java.util.Optional<io.musubi.platform.error.ApiError.FieldError> problem(String field, String country,
                                                                               String region) {
        if (country == null || region == null || region.isBlank() || !isListed(country)
                || region(region).filter(r -> r.country().equals(country)).isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new io.musubi.platform.error.ApiError.FieldError(field, "unknown",
                "must be a region code of " + country + " such as " + of(country).get(0).code()));
    }

    /** A region code from a code or a label in any language ("大阪府", "Osaka", "JP-27"), within a country. */
    public Optional<Region> resolve(String country, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Region region = byCode.get(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (region != null && region.country().equals(country)) {
            return Optional.of(region);
        }
        return Optional.ofNullable(byLabel.get(country + ":" + Taxonomy.key(text)));
    }

    @Serdeable
    public record Region(String code, String country, Localized labels) {
    }
}
