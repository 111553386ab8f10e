package io.musubi.company;

import io.musubi.platform.i18n.Localized;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.musubi.platform.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "companies")
class CompanyController {
    private final CompanyService companies;

    CompanyController(CompanyService companies) {
        this.companies = companies;
    }

    @Post("/companies")
    @Operation(summary = "Create a company profile")
    HttpResponse<CompanyView> create(@Valid @Body CompanyRequest request) {
        CompanyView created = companies.create(request);
        return HttpResponse.created(created, URI.create("/api/companies/" + created.id()));
    }

    @Get("/companies/{id}")
    @Operation(summary = "Read a company profile")
    CompanyView get(UUID id) {
        return companies.find(id).orElseThrow(() -> ApiException.notFound("Company " + id));
    }

    @Put("/companies/{id}")
    @Operation(summary = "Replace a company profile; send the version you read to detect concurrent changes")
    CompanyView update(UUID id, @Valid @Body CompanyRequest request) {
        return companies.update(id, request);
    }

    @Get("/industries")
    @Operation(summary = "The industry classification with labels in ja, zh and en")
    List<IndustryView> industries() {
        return java.util.Arrays.stream(Industry.values())
                .map(i -> new IndustryView(i.name(), i.jsic(), i.labels())).toList();
    }

    @io.micronaut.serde.annotation.Serdeable
    record IndustryView(String code, String jsic, Localized labels) {
    }
}
