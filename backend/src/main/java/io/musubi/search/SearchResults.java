package io.musubi.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import java.util.List;

/** One page of search results. {@code page} is 0-based. */
@Serdeable
public record SearchResults(String query, long total, int page, int size, List<Hit> items,
                            java.util.Map<String, List<FacetValue>> facets) {

    public SearchResults(String query, long total, int page, int size, List<Hit> items) {
        this(query, total, page, size, items, java.util.Map.of());
    }

    /** One value of a facet and how many results have it. */
    @Serdeable
    public record FacetValue(String value, long count) {
    }

    @Serdeable
    public record Designations(@Nullable Integer srdiProvincialYear, @Nullable Integer littleGiantYear) {
    }

    /**
     * {@code kind}: company, need or capacity. {@code names}: the company's name or the need's / listing's title;
     * {@code companyNames}: the owner of a need or listing (null for profiles and anonymous needs).
     * {@code technologies}: taxonomy codes. {@code matchedLanguage}: the language whose field matched best, or null
     * (e.g. a match on a free term).
     */
    @Serdeable
    public record Hit(String id, String kind, @Nullable Localized names, @Nullable String companyId,
                      @Nullable Localized companyNames, @Nullable String country, @Nullable String region,
                      @Nullable String industry, List<String> technologies, @Nullable String matchedLanguage,
                      List<Highlight> highlights, List<String> certifications, @Nullable String smeClass,
                      Designations designations, boolean verified, @Nullable String availableFrom,
                      @Nullable String availableTo, @Nullable String updatedAt) {
    }

    /** A highlighted fragment of {@code field} ("name", "description", "technologies") as text segments. */
    @Serdeable
    public record Highlight(String field, @Nullable String language, List<Segment> segments) {
    }

    @Serdeable
    public record Segment(String text, boolean match) {
    }
}
