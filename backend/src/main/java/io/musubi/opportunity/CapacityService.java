package io.musubi.opportunity;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.company.CompanyService;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.outbox.Outbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Idle capacity listings of SMEs and large firms, written with their outbox entry in one transaction. */
@Singleton
public class CapacityService {
    public static final String AGGREGATE = "capacity";

    private final CapacityRepository repository;
    private final CompanyService companies;
    private final Outbox outbox;
    private final OpportunityChecks checks;

    CapacityService(CapacityRepository repository, CompanyService companies, Outbox outbox,
                    OpportunityChecks checks) {
        this.repository = repository;
        this.companies = companies;
        this.outbox = outbox;
        this.checks = checks;
    }

    @Transactional
    public CapacityView create(Actor actor, CapacityRequest request) {
        UUID company = Owners.owningCompany(actor, request.companyId(), companies,
                Set.of(Role.SME_MEMBER, Role.LARGE_FIRM_MEMBER));
        checks.capacity(request);
        Instant now = checks.now();
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
        checks.capacity(request);
        ApiException.requireVersion(request.version(), existing.version(), "listing");
        repository.update(fill(id, existing.version(), existing.companyId(), request, existing.createdAt(),
                checks.now()));
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
