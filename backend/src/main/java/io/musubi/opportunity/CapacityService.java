package io.musubi.opportunity;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.company.CompanyService;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.outbox.Outbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Idle capacity listings of SMEs and large firms, written with their outbox entry in one transaction. */
@Singleton
public class CapacityService {
    private final Clock clock;
    public static final String AGGREGATE = "capacity";

    private final CapacityRepository repository;
    private final CompanyService companies;
    private final Outbox outbox;
    private final Taxonomy taxonomy;
    private final Regions regions;

    CapacityService(CapacityRepository repository, CompanyService companies, Outbox outbox, Taxonomy taxonomy,
                    Regions regions, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.companies = companies;
        this.outbox = outbox;
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    @Transactional
    public CapacityView create(Actor actor, CapacityRequest request) {
        UUID company = Owners.owningCompany(actor, request.companyId(), companies,
                Set.of(Role.SME_MEMBER, Role.LARGE_FIRM_MEMBER));
        check(request);
        Instant now = now();
        Capacity saved = repository.save(fill(UUID.randomUUID(), 0L, company, request, now, now));
        outbox.changed(AGGREGATE, saved.id());
        return view(saved);
    }

    @Transactional
    public CapacityView update(Actor actor, UUID id, CapacityRequest request) {
        Capacity existing = repository.findById(id).orElseThrow(() -> ApiException.notFound("Capacity " + id));
        actor.requireMemberOrAdmin(existing.companyId());
        if (request.companyId() != null && !request.companyId().equals(existing.companyId())) {
            throw ApiException.invalid("companyId", "immutable", "cannot move a listing to another company");
        }
        check(request);
        ApiException.requireVersion(request.version(), existing.version(), "listing");
        repository.update(fill(id, existing.version(), existing.companyId(), request, existing.createdAt(), now()));
        outbox.changed(AGGREGATE, id);
        return view(repository.findById(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public Optional<CapacityView> find(UUID id) {
        return repository.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<CapacityView> ofCompany(UUID companyId) {
        return repository.findByCompanyIdOrderByUpdatedAtDesc(companyId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Capacity> row(UUID id) {
        return repository.findById(id);
    }

    private CapacityView view(Capacity capacity) {
        return CapacityView.of(capacity, companies.summary(capacity.companyId()).map(CompanyRef::of).orElseThrow());
    }

    private void check(CapacityRequest request) {
        List<FieldError> problems = new ArrayList<>();
        if (request.titles() == null || request.titles().value().isEmpty()) {
            problems.add(new FieldError("titles", "required", "needs a title in at least one of ja, zh, en"));
        }
        if (request.country() != null && !Regions.isCountry(request.country())) {
            problems.add(new FieldError("country", "unknown", "is not an ISO 3166-1 country code"));
        } else {
            regions.problem("region", request.country(), request.region()).ifPresent(problems::add);
        }
        problems.addAll(taxonomy.problems("technologies", request.technologies()));
        problems.addAll(OpportunityRules.window(request.availableFrom(), request.availableTo(),
                LocalDate.now(clock)));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static Capacity fill(UUID id, Long version, UUID company, CapacityRequest r, Instant createdAt,
                                 Instant updatedAt) {
        Localized titles = r.titles().value();
        Localized specs = r.specifications() == null ? Localized.EMPTY : r.specifications().value();
        return new Capacity(id, version, company, r.kind(), titles.ja(), titles.zh(), titles.en(), specs.ja(),
                specs.zh(), specs.en(), Strings.terms(r.technologies()), r.country(), Strings.blankToNull(r.region()),
                r.availableFrom(), r.availableTo(), r.amountPerMonth(), r.unit(), Strings.blankToNull(r.terms()),
                r.status() == null ? Status.OPEN : r.status(), createdAt, updatedAt);
    }
}
