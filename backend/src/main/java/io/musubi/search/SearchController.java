package io.musubi.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.AdminToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;

@Controller("/api")
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "search")
class SearchController {
    private final ListingSearch search;
    private final Suggestions suggestions;
    private final SearchIndexes indexes;
    private final AdminToken adminToken;

    SearchController(ListingSearch search, Suggestions suggestions, SearchIndexes indexes, AdminToken adminToken) {
        this.search = search;
        this.suggestions = suggestions;
        this.indexes = indexes;
        this.adminToken = adminToken;
    }

    @Get("/search")
    @Operation(summary = "Search profiles, needs and capacity listings in Japanese, Chinese or English; "
            + "kind = company, need or capacity narrows it; highlights come as segments")
    SearchResults search(@QueryValue(defaultValue = "") String q, @Nullable @QueryValue String kind,
                         @Nullable @QueryValue List<String> country, @Nullable @QueryValue List<String> region,
                         @Nullable @QueryValue List<String> industry,
                         @Nullable @QueryValue List<String> certification,
                         @Nullable @QueryValue List<String> smeClass, @Nullable @QueryValue List<String> designation,
                         @Nullable @QueryValue Boolean verified, @Nullable @QueryValue LocalDate availableFrom,
                         @Nullable @QueryValue LocalDate availableTo, @Nullable @QueryValue String sort,
                         @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return search.search(new SearchRequest(q, kind, country, region, industry, certification, smeClass,
                designation, verified, availableFrom, availableTo, sort, page, size));
    }

    @Get("/suggest")
    @Operation(summary = "Suggestions as you type: company names and taxonomy labels in ja, zh and en")
    Suggestions.SuggestionList suggest(@QueryValue(defaultValue = "") String q) {
        return suggestions.suggest(q);
    }

    /**
     * Rebuilds every index from the database and switches the aliases. For an admin user, or for operators with
     * the admin token ({@code MUSUBI_ADMIN_TOKEN}; the token way is disabled when none is configured).
     */
    @Post("/admin/search/rebuild")
    @Operation(summary = "Rebuild the search indices from the database (admin user or admin token)")
    List<SearchIndexes.RebuildReport> rebuild(@Nullable @Header(AdminToken.HEADER) String token,
                                              @Nullable io.micronaut.security.authentication.Authentication user)
            throws IOException {
        boolean adminUser = user != null && user.getRoles().contains("ADMIN");
        boolean tokenValid = adminToken.accepts(token);
        if (!adminUser && !tokenValid) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "An admin token is required", List.of());
        }
        List<SearchIndexes.RebuildReport> reports = new ArrayList<>();
        for (SearchDocumentSource source : indexes.sources()) {
            reports.add(indexes.rebuild(source));
        }
        return reports;
    }
}
