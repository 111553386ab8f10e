package io.musubi.company;

import io.musubi.platform.i18n.Localized;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.outbox.Outbox;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Writes profiles: the row and its outbox entry in one transaction, so the index can never miss a change. */
@Singleton
public class CompanyService {
    public static final String AGGREGATE = "company";

    private final CompanyRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    CompanyService(CompanyRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    public Optional<CompanyView> find(UUID id) {
        return repository.findById(id).map(CompanyView::of);
    }

    @Transactional
    public CompanyView create(CompanyRequest request) {
        return CompanyView.of(insert(request, null, null));
    }

    @Transactional
    public CompanyView update(UUID id, CompanyRequest request) {
        CompanyRules.check(request, clock);
        Company existing = repository.findById(id).orElseThrow(() -> ApiException.notFound("Company " + id));
        if (request.version() != null && !request.version().equals(existing.version())) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "The profile was changed by someone else; "
                    + "reload it and apply your change again", List.of(new FieldError("version", "stale",
                    "is " + request.version() + " but the current version is " + existing.version())));
        }
        return CompanyView.of(replace(existing, request));
    }

    public boolean existsFromSource(String source, String sourceKey) {
        return repository.findBySourceAndSourceKey(source, sourceKey).isPresent();
    }

    /**
     * Creates or updates the profile that an import source knows under {@code sourceKey}; importing the same
     * rows again changes nothing but what changed.
     */
    @Transactional
    public CompanyView upsertFromSource(String source, String sourceKey, CompanyRequest request) {
        Optional<Company> existing = repository.findBySourceAndSourceKey(source, sourceKey);
        return CompanyView.of(existing.isPresent() ? replace(existing.get(), request)
                : insert(request, source, sourceKey));
    }

    private Company insert(CompanyRequest request, String source, String sourceKey) {
        CompanyRules.check(request, clock);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Company company = fill(UUID.randomUUID(), 0L, request, source, sourceKey, now, now);
        Company saved = repository.save(company);
        outbox.changed(AGGREGATE, saved.id());
        return saved;
    }

    private Company replace(Company existing, CompanyRequest request) {
        CompanyRules.check(request, clock);
        Company changed = fill(existing.id(), existing.version(), request, existing.source(), existing.sourceKey(),
                existing.createdAt(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        Company saved = repository.update(changed);
        outbox.changed(AGGREGATE, saved.id());
        return repository.findById(saved.id()).orElseThrow();
    }

    private static Company fill(UUID id, Long version, CompanyRequest request, String source, String sourceKey,
                                Instant createdAt, Instant updatedAt) {
        Localized names = request.names().value();
        Localized descriptions = request.descriptions() == null ? Localized.EMPTY : request.descriptions().value();
        List<String> technologies = request.technologies() == null ? List.of()
                : request.technologies().stream().map(String::strip).distinct().toList();
        return new Company(id, version, names.ja(), names.zh(), names.en(), descriptions.ja(), descriptions.zh(),
                descriptions.en(), technologies.toArray(String[]::new), request.country(),
                blankToNull(request.region()), Industry.fromCode(request.industry()).orElseThrow(),
                request.capital() == null ? null : request.capital().amount(),
                request.capital() == null ? null : request.capital().currency(), request.employees(),
                request.foundedYear(), blankToNull(request.website()), source, sourceKey, createdAt, updatedAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
