package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "needs and capacity")
class OpportunityController {
    private final NeedService needs;
    private final CapacityService capacities;

    OpportunityController(NeedService needs, CapacityService capacities) {
        this.needs = needs;
        this.capacities = capacities;
    }

    @Post("/needs")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Post a technology or procurement need (large-firm members; admins for a firm)")
    HttpResponse<NeedView> createNeed(@Valid @Body NeedRequest request, @Nullable Authentication user) {
        NeedView need = needs.create(Actor.of(user), request);
        return HttpResponse.created(need, URI.create("/api/needs/" + need.id()));
    }

    @Get("/needs/{id}")
    @Operation(summary = "Read a need; an anonymous need names its company only to the company itself")
    NeedView need(UUID id, @Nullable Authentication user) {
        return needs.find(id, user == null ? null : Actor.of(user))
                .orElseThrow(() -> ApiException.notFound("Need " + id));
    }

    @Put("/needs/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Replace a need (its firm's members, admins)")
    NeedView updateNeed(UUID id, @Valid @Body NeedRequest request, @Nullable Authentication user) {
        return needs.update(Actor.of(user), id, request);
    }

    @Get("/needs")
    @Operation(summary = "A company's needs")
    List<NeedView> needsOf(@QueryValue UUID companyId, @Nullable Authentication user) {
        return needs.ofCompany(companyId, user == null ? null : Actor.of(user));
    }

    @Post("/capacities")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "List idle capacity (company members; admins for a company)")
    HttpResponse<CapacityView> createCapacity(@Valid @Body CapacityRequest request, @Nullable Authentication user) {
        CapacityView capacity = capacities.create(Actor.of(user), request);
        return HttpResponse.created(capacity, URI.create("/api/capacities/" + capacity.id()));
    }

    @Get("/capacities/{id}")
    @Operation(summary = "Read a capacity listing")
    CapacityView capacity(UUID id) {
        return capacities.find(id).orElseThrow(() -> ApiException.notFound("Capacity " + id));
    }

    @Put("/capacities/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Replace a capacity listing (its company's members, admins)")
    CapacityView updateCapacity(UUID id, @Valid @Body CapacityRequest request, @Nullable Authentication user) {
        return capacities.update(Actor.of(user), id, request);
    }

    @Get("/capacities")
    @Operation(summary = "A company's capacity listings")
    List<CapacityView> capacitiesOf(@QueryValue UUID companyId) {
        return capacities.ofCompany(companyId);
    }
}
