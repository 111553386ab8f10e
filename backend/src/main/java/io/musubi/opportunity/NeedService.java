package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.company.CompanyService;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.Strings;
import io.musubi.platform.outbox.Outbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Large firms' needs: written with their outbox entry in one transaction; anonymity enforced on every read. */
@Singleton
public class NeedService {
    public static final String AGGREGATE = "need";

    private final NeedRepository repository;
    private final CompanyService companies;
    private final Outbox outbox;
    private final OpportunityChecks checks;

    NeedService(NeedRepository repository, CompanyService companies, Outbox outbox, OpportunityChecks checks) {
        this.repository = repository;
        this.companies = companies;
        this.outbox = outbox;
        this.checks = checks;
    }

    @Transactional
    public NeedView create(Actor actor, NeedRequest request) {
        UUID company = Owners.owningCompany(actor, request.companyId(), companies, Set.of(Role.LARGE_FIRM_MEMBER));
        checks.need(request, null);
        Instant now = checks.now();
        Need saved = repository.save(fill(UUID.randomUUID(), 0L, company, request, now, now));
        outbox.changed(AGGREGATE, saved.id());
        return view(saved, actor);
    }

    @Transactional
    public NeedView update(Actor actor, UUID id, NeedRequest request) {
        Need existing = repository.findById(id).orElseThrow(() -> ApiException.notFound("Need " + id));
        actor.requireMemberOrAdmin(existing.companyId());
        if (request.companyId() != null && !request.companyId().equals(existing.companyId())) {
            throw ApiException.invalid("companyId", "immutable", "cannot move a need to another company");
        }
        checks.need(request, existing.deadline());
        ApiException.requireVersion(request.version(), existing.version(), "need");
        Need saved = repository.update(fill(id, existing.version(), existing.companyId(), request,
                existing.createdAt(), checks.now()));
        outbox.changed(AGGREGATE, id);
        return view(repository.findById(saved.id()).orElseThrow(), actor);
    }

    @Transactional(readOnly = true)
    public Optional<NeedView> find(UUID id, @Nullable Actor reader) {
        return repository.findById(id).map(n -> view(n, reader));
    }

    /** A company's needs; others do not see its anonymous ones (that would name the firm). */
    @Transactional(readOnly = true)
    public List<NeedView> ofCompany(UUID companyId, @Nullable Actor reader) {
        return repository.findByCompanyIdOrderByUpdatedAtDesc(companyId).stream()
                .filter(n -> !n.anonymous() || mayIdentify(n, reader))
                .map(n -> view(n, reader)).toList();
    }

    /** The raw row for other features (inquiries): who owns it, whether it is anonymous, its titles. */
    @Transactional(readOnly = true)
    public Optional<Need> row(UUID id) {
        return repository.findById(id);
    }

    /** The firm itself, and the platform's staff who broker introductions (admins, coordinators). */
    private static boolean mayIdentify(Need need, @Nullable Actor reader) {
        return reader != null && (reader.isAdmin() || reader.role() == Role.COORDINATOR
                || reader.isMemberOf(need.companyId()));
    }

    private NeedView view(Need need, @Nullable Actor reader) {
        CompanyRef company = need.anonymous() && !mayIdentify(need, reader) ? null
                : companies.summary(need.companyId()).map(CompanyRef::of).orElse(null);
        return NeedView.of(need, company);
    }

    private static Need fill(UUID id, Long version, UUID company, NeedRequest r, Instant createdAt,
                             Instant updatedAt) {
        Localized titles = r.titles().value();
        Localized descriptions = r.descriptions() == null ? Localized.EMPTY : r.descriptions().value();
        return new Need(id, version, company, titles.ja(), titles.zh(), titles.en(), descriptions.ja(),
                descriptions.zh(), descriptions.en(), Strings.terms(r.technologies()),
                Strings.terms(r.freeTerms()), Strings.terms(r.certifications()),
                Boolean.TRUE.equals(r.certificationsRequired()), Strings.blankToNull(r.quantity()),
                r.deadline(), Strings.terms(r.preferredRegions()),
                r.status() == null ? Status.OPEN : r.status(), Boolean.TRUE.equals(r.anonymous()), createdAt,
                updatedAt);
    }
}
