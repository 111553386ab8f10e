package io.musubi.company;

import static io.musubi.platform.Strings.blankToNull;
import static io.musubi.platform.Strings.terms;

import io.musubi.platform.i18n.Localized;
import io.musubi.platform.outbox.Outbox;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Turns a checked profile request into a stored {@link Company} row and its outbox entry (one transaction, the
 * caller's), for the profile editor and the importers alike.
 */
@Singleton
class ProfileWrites {
    private final CompanyRepository repository;
    private final Outbox outbox;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Clock clock;

    ProfileWrites(CompanyRepository repository, Outbox outbox, Taxonomy taxonomy, Regions regions, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.clock = clock;
    }

    void check(CompanyRequest request) {
        CompanyRules.check(request, taxonomy, regions, clock);
    }

    Company insert(CompanyRequest request, String source, String sourceKey) {
        check(request);
        Instant now = now();
        Company saved = repository.save(fill(UUID.randomUUID(), 0L, request, source, sourceKey, false, now, now,
                ContactVisibility.DEFAULT));
        outbox.changed(CompanyService.AGGREGATE, saved.id());
        return saved;
    }

    /** Many new profiles with one batch insert and one outbox statement. */
    void insertAll(List<Company> companies) {
        if (!companies.isEmpty()) {
            repository.saveAll(companies);
            outbox.changedAll(CompanyService.AGGREGATE, companies.stream().map(Company::id).toList());
        }
    }

    Company replace(Company existing, CompanyRequest request) {
        return replace(existing, request, ContactVisibility.DEFAULT);
    }

    /** {@code visibilityIfUnset}: the audiences of the contact details when the request names none. */
    Company replace(Company existing, CompanyRequest request, ContactVisibility visibilityIfUnset) {
        Company saved = repository.update(changed(existing, request, visibilityIfUnset, now()));
        outbox.changed(CompanyService.AGGREGATE, saved.id());
        return repository.findById(saved.id()).orElseThrow();
    }

    /** Whether writing {@code request} over {@code existing} would change nothing but the time stamp. */
    static boolean sameContent(Company existing, CompanyRequest request, ContactVisibility visibilityIfUnset) {
        return changed(existing, request, visibilityIfUnset, existing.updatedAt()).sameContent(existing);
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A new row of an import source, not stored yet (see {@link #insertAll}). */
    static Company newRow(CompanyRequest request, String source, String sourceKey, Instant now) {
        return fill(UUID.randomUUID(), 0L, request, source, sourceKey, false, now, now, ContactVisibility.DEFAULT);
    }

    private static Company changed(Company existing, CompanyRequest request, ContactVisibility visibilityIfUnset,
                                   Instant updatedAt) {
        return fill(existing.id(), existing.version(), request, existing.source(), existing.sourceKey(),
                existing.verified(), existing.createdAt(), updatedAt, visibilityIfUnset);
    }

    private static Company fill(UUID id, Long version, CompanyRequest r, String source, String sourceKey,
                                boolean verified, Instant createdAt, Instant updatedAt,
                                ContactVisibility visibilityIfUnset) {
        Localized names = r.names().value();
        Localized headlines = r.headlines() == null ? Localized.EMPTY : r.headlines().value();
        Localized descriptions = r.descriptions() == null ? Localized.EMPTY : r.descriptions().value();
        return new Company(id, version, r.kind(), names.ja(), names.zh(), names.en(), headlines.ja(), headlines.zh(),
                headlines.en(), descriptions.ja(), descriptions.zh(), descriptions.en(), terms(r.technologies()),
                terms(r.freeTerms()), terms(r.products()), terms(r.materials()),
                r.equipment() == null ? List.of() : List.copyOf(r.equipment()), r.country(),
                blankToNull(r.region()), Industry.fromCode(r.industry()).orElseThrow(),
                r.capital() == null ? null : r.capital().amount(),
                r.capital() == null ? null : r.capital().currency(), r.employees(), r.foundedYear(),
                blankToNull(r.website()), r.contact() == null ? null : blankToNull(r.contact().person()),
                r.contact() == null ? null : blankToNull(r.contact().email()),
                r.contact() == null ? null : blankToNull(r.contact().phone()),
                r.contact() != null && r.contact().visibility() != null ? r.contact().visibility() : visibilityIfUnset,
                r.designations() == null ? null : r.designations().srdiProvincialYear(),
                r.designations() == null ? null : r.designations().littleGiantYear(), verified, source, sourceKey,
                createdAt, updatedAt);
    }
}
