package io.musubi.taxonomy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "reference data")
class TaxonomyController {
    private final Taxonomy taxonomy;
    private final Regions regions;

    TaxonomyController(Taxonomy taxonomy, Regions regions) {
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    @Get("/taxonomy")
    @Operation(summary = "The technology taxonomy: groups of terms with codes and ja/zh/en labels")
    TaxonomyView taxonomy() {
        return new TaxonomyView(taxonomy.groups());
    }

    @Get("/regions")
    @Operation(summary = "Regions (ISO 3166-2) of a country with ja/zh/en labels; empty where regions are free text")
    List<Regions.Region> regions(@QueryValue String country) {
        return regions.of(country);
    }

    @io.micronaut.serde.annotation.Serdeable
    record TaxonomyView(List<Taxonomy.Group> groups) {
    }
}
