package io.musubi.search;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a search asks for: text, kind, filters (each list means any of its values), sort and page. Filters apply to
 * the records that carry the field (e.g. smeClass to profiles, the window to capacity listings).
 */
public record SearchRequest(@Nullable String q, @Nullable String kind, List<String> country, List<String> region,
                            List<String> industry, List<String> certification, List<String> smeClass,
                            List<String> designation, @Nullable Boolean verified, @Nullable LocalDate availableFrom,
                            @Nullable LocalDate availableTo, @Nullable String sort, int page, int size) {
    public SearchRequest {
        country = orEmpty(country);
        region = orEmpty(region);
        industry = orEmpty(industry);
        certification = orEmpty(certification);
        smeClass = orEmpty(smeClass);
        designation = orEmpty(designation);
    }

    public static SearchRequest text(String q, String kind, int page, int size) {
        return new SearchRequest(q, kind, null, null, null, null, null, null, null, null, null, null, page, size);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
