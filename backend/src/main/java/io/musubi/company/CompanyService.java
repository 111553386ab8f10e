package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.outbox.Outbox;
import static io.musubi.platform.Strings.blankToNull;
import static io.musubi.platform.Strings.terms;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes profiles: the row and its outbox entry in one transaction, so the index can never miss a change. Who may
 * write: a company's own members and admins; admins and organisers may register companies.
 */
@Singleton
public class CompanyService {
    public static final String AGGREGATE = "company";

    private final CompanyRepository repository;
    private final CertificationRepository certifications;
    private final CompanyLogoRepository logos;
    private final Outbox outbox;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Clock clock;

    CompanyService(CompanyRepository repository, CertificationRepository certifications, CompanyLogoRepository logos,
                   Outbox outbox, Taxonomy taxonomy, Regions regions, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.certifications = certifications;
        this.logos = logos;
        this.outbox = outbox;
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public Optional<CompanyView> find(UUID id) {
        return repository.findById(id).map(this::view);
    }

    /** Names of companies, for other features' views (threads, needs). */
    @Transactional(readOnly = true)
    public Optional<Summary> summary(UUID id) {
        return repository.findById(id).map(c -> new Summary(c.id(), c.kind(), c.names(), c.country(), c.region(),
                c.verified()));
    }

    /** Summaries of several companies at once, for search documents. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Summary> summaries(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, Summary> result = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            for (Company c : repository.findByIdIn(ids)) {
                result.put(c.id(), new Summary(c.id(), c.kind(), c.names(), c.country(), c.region(), c.verified()));
            }
        }
        return result;
    }

    public record Summary(UUID id, CompanyKind kind, Localized names, String country, @Nullable String region,
                          boolean verified) {
    }

    @Transactional
    public CompanyView create(Actor actor, CompanyRequest request) {
        actor.requireRole(Role.ADMIN, Role.ORGANISER);
        return view(insert(request, null, null));
    }

    /** The company a new member signs up with; the caller creates the user in the same transaction. */
    @Transactional
    public CompanyView register(CompanyRequest request) {
        return view(insert(request, null, null));
    }

    @Transactional
    public CompanyView update(Actor actor, UUID id, CompanyRequest request) {
        Company existing = repository.findById(id).orElseThrow(() -> ApiException.notFound("Company " + id));
        actor.requireMemberOrAdmin(id);
        check(request);
        ApiException.requireVersion(request.version(), existing.version(), "profile");
        if (request.kind() != existing.kind() && !actor.isAdmin()) {
            throw ApiException.invalid("kind", "immutable", "can be changed by an admin only");
        }
        return view(replace(existing, request));
    }

    @Transactional
    public CompanyView setVerified(Actor actor, UUID id, boolean verified) {
        actor.requireRole(Role.ADMIN);
        if (repository.updateVerified(id, verified) == 0) {
            throw ApiException.notFound("Company " + id);
        }
        outbox.changed(AGGREGATE, id);
        return find(id).orElseThrow();
    }

    /**
     * Every profile in id order, in pages, with the key an export row carries (the import key it came with, else
     * its id), for exports.
     */
    @Transactional(readOnly = true)
    public void forEachProfile(int pageSize, java.util.function.BiConsumer<String, CompanyView> consumer) {
        io.micronaut.data.model.Pageable page = io.micronaut.data.model.Pageable.from(0, pageSize,
                io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.asc("id")));
        List<Company> rows = repository.findAll(page);
        while (!rows.isEmpty()) {
            for (Company c : rows) {
                String key = "import".equals(c.source()) ? c.sourceKey() : c.id().toString();
                consumer.accept(key, view(c));
            }
            if (rows.size() < pageSize) {
                return;
            }
            rows = repository.findByIdGreaterThan(rows.get(rows.size() - 1).id(), page);
        }
    }

    public Optional<UUID> idFromSource(String source, String sourceKey) {
        return repository.findBySourceAndSourceKey(source, sourceKey).map(Company::id);
    }

    public boolean existsFromSource(String source, String sourceKey) {
        return repository.findBySourceAndSourceKey(source, sourceKey).isPresent();
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    /** The checks a profile must pass, without writing: for importers that report every row's problems. */
    public List<FieldError> problems(CompanyRequest request) {
        return CompanyRules.problems(request, taxonomy, regions, clock);
    }

    /**
     * Creates or updates the profile that an import source knows under {@code sourceKey}; importing the same
     * rows again changes nothing.
     */
    @Transactional
    public Outcome upsertFromSource(String source, String sourceKey, CompanyRequest request) {
        Optional<Company> existing = repository.findBySourceAndSourceKey(source, sourceKey);
        if (existing.isEmpty()) {
            insert(request, source, sourceKey);
            return Outcome.CREATED;
        }
        check(request);
        Company changed = fill(existing.get().id(), existing.get().version(), request, existing.get().source(),
                existing.get().sourceKey(),
                existing.get().verified(), existing.get().createdAt(), existing.get().updatedAt());
        if (changed.sameContent(existing.get())) {
            return Outcome.UNCHANGED;
        }
        replace(existing.get(), request);
        return Outcome.UPDATED;
    }

    /** A row of an import: its key in the source and the profile it describes. */
    public record ImportRow(String key, CompanyRequest request) {
    }

    /** What became of an import row; {@code problem} says why a row was refused. */
    public record ImportResult(Outcome outcome, @Nullable FieldError problem) {
        static final ImportResult CREATED = new ImportResult(Outcome.CREATED, null);
        static final ImportResult UPDATED = new ImportResult(Outcome.UPDATED, null);
        static final ImportResult UNCHANGED = new ImportResult(Outcome.UNCHANGED, null);

        static ImportResult refused(String field, String code, String message) {
            return new ImportResult(Outcome.REFUSED, new FieldError(field, code, message));
        }
    }

    /**
     * Imports a batch of checked rows in one transaction: one query finds the rows already there, new profiles go in
     * with one batch insert and one outbox statement. An import updates only profiles that imports created (found by
     * their source key); a key that is an exported id updates that profile only when {@code updateById} (admins).
     * An import never changes a profile's kind, verified badge or certificates. Returns each row's result, in order.
     */
    @Transactional
    public List<ImportResult> importBatch(String source, List<ImportRow> rows, boolean updateById) {
        java.util.Map<String, Company> existing = new java.util.HashMap<>();
        repository.findBySourceAndSourceKeyIn(source, rows.stream().map(ImportRow::key).toList())
                .forEach(c -> existing.put(c.sourceKey(), c));
        java.util.Map<String, Company> byExportedId = new java.util.HashMap<>();
        List<UUID> exportedIds = rows.stream().filter(r -> !existing.containsKey(r.key()))
                .map(r -> exportedId(r.key())).flatMap(Optional::stream).toList();
        if (!exportedIds.isEmpty()) {
            repository.findByIdIn(exportedIds).forEach(c -> byExportedId.put(c.id().toString(), c));
        }
        Instant now = now();
        List<Company> inserts = new java.util.ArrayList<>();
        List<ImportResult> results = new java.util.ArrayList<>();
        for (ImportRow row : rows) {
            check(row.request());
            Company found = existing.get(row.key());
            if (found == null && byExportedId.containsKey(row.key())) {
                if (!updateById) {
                    results.add(ImportResult.refused("key", "not_imported", "is the id of a profile that no import "
                            + "created; only admins may update a profile by its id"));
                    continue;
                }
                found = byExportedId.get(row.key());
            }
            if (found == null) {
                inserts.add(fill(UUID.randomUUID(), 0L, row.request(), source, row.key(), false, now, now));
                results.add(ImportResult.CREATED);
            } else if (row.request().kind() != found.kind()) {
                results.add(ImportResult.refused("kind", "immutable", "is " + found.kind() + " for this profile; an "
                        + "import does not change it"));
            } else if (fill(found.id(), found.version(), row.request(), found.source(), found.sourceKey(),
                    found.verified(), found.createdAt(), found.updatedAt(), found.contactVisibility())
                    .sameContent(found)) {
                results.add(ImportResult.UNCHANGED);
            } else {
                replace(found, row.request(), found.contactVisibility());
                results.add(ImportResult.UPDATED);
            }
        }
        if (!inserts.isEmpty()) {
            repository.saveAll(inserts);
            outbox.changedAll(AGGREGATE, inserts.stream().map(Company::id).toList());
        }
        return results;
    }

    /** An export row's key is the profile's id when it was not imported with a key of its own. */
    private static Optional<UUID> exportedId(String key) {
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // --- certifications -------------------------------------------------------------------------------------

    @Transactional
    public CertificationView addCertification(Actor actor, UUID companyId, CertificationRequest request) {
        requireCompany(companyId);
        actor.requireMemberOrAdmin(companyId);
        CertificationStandard standard = checkCertification(request);
        Instant now = now();
        Certification saved = certifications.save(new Certification(UUID.randomUUID(), 0L, companyId, standard,
                blankToNull(request.name()), blankToNull(request.number()), blankToNull(request.issuer()),
                request.validUntil(), Certification.Verification.UNVERIFIED, now, now));
        outbox.changed(AGGREGATE, companyId);
        return CertificationView.of(saved, today());
    }

    @Transactional
    public CertificationView updateCertification(Actor actor, UUID companyId, UUID id, CertificationRequest request) {
        Certification existing = certification(companyId, id);
        actor.requireMemberOrAdmin(companyId);
        CertificationStandard standard = checkCertification(request);
        Certification saved = certifications.update(new Certification(id, existing.version(), companyId, standard,
                blankToNull(request.name()), blankToNull(request.number()), blankToNull(request.issuer()),
                request.validUntil(), Certification.Verification.UNVERIFIED, existing.createdAt(), now()));
        outbox.changed(AGGREGATE, companyId);
        return CertificationView.of(saved, today());
    }

    @Transactional
    public void deleteCertification(Actor actor, UUID companyId, UUID id) {
        Certification existing = certification(companyId, id);
        actor.requireMemberOrAdmin(companyId);
        certifications.delete(existing);
        outbox.changed(AGGREGATE, companyId);
    }

    @Transactional
    public CertificationView verifyCertification(Actor actor, UUID companyId, UUID id, String status) {
        Certification existing = certification(companyId, id);
        actor.requireRole(Role.ADMIN);
        Certification.Verification verification;
        try {
            verification = Certification.Verification.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "unknown", "must be one of VERIFIED, REJECTED, UNVERIFIED");
        }
        Certification saved = certifications.update(new Certification(id, existing.version(), companyId,
                existing.standard(), existing.name(), existing.number(), existing.issuer(), existing.validUntil(),
                verification, existing.createdAt(), now()));
        outbox.changed(AGGREGATE, companyId);
        return CertificationView.of(saved, today());
    }

    /** Valid certificates (not rejected, not expired) of these companies, for search documents. */
    @Transactional(readOnly = true)
    public List<CertificationView> certificationsOf(UUID companyId) {
        return certifications.findByCompanyIdOrderByCreatedAt(companyId).stream()
                .map(c -> CertificationView.of(c, today())).toList();
    }

    private Certification certification(UUID companyId, UUID id) {
        return certifications.findById(id).filter(c -> c.companyId().equals(companyId))
                .orElseThrow(() -> ApiException.notFound("Certification " + id));
    }

    private static CertificationStandard checkCertification(CertificationRequest request) {
        CertificationStandard standard = CertificationStandard.fromCode(request.standard()).orElseThrow(() ->
                ApiException.invalid("standard", "unknown", "must be one of " + List.of(CertificationStandard.values())));
        if (standard == CertificationStandard.OTHER && (request.name() == null || request.name().isBlank())) {
            throw ApiException.invalid("name", "required", "names the standard when it is OTHER");
        }
        return standard;
    }

    // --- logo -----------------------------------------------------------------------------------------------

    public static final int MAX_LOGO_BYTES = 1024 * 1024;
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    @Transactional
    public CompanyView setLogo(Actor actor, UUID companyId, byte[] content) {
        requireCompany(companyId);
        actor.requireMemberOrAdmin(companyId);
        if (content.length > MAX_LOGO_BYTES) {
            throw ApiException.invalid("file", "file_size", "must be at most 1 MB");
        }
        String type = imageType(content);
        if (type == null || !LOGO_TYPES.contains(type)) {
            throw ApiException.invalid("file", "file_type", "must be a PNG, JPEG or WebP image");
        }
        CompanyLogo logo = new CompanyLogo(companyId, type, content, now());
        if (logos.existsById(companyId)) {
            logos.update(logo);
        } else {
            logos.save(logo);
        }
        return find(companyId).orElseThrow();
    }

    @Transactional
    public void deleteLogo(Actor actor, UUID companyId) {
        requireCompany(companyId);
        actor.requireMemberOrAdmin(companyId);
        logos.deleteById(companyId);
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo(UUID companyId) {
        return logos.findById(companyId).map(l -> new Logo(l.contentType(), l.content(), l.updatedAt()));
    }

    public record Logo(String contentType, byte[] content, Instant updatedAt) {
    }

    /** The type the bytes really are (the client's claim is not trusted). */
    static String imageType(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W'
                && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    // --- internals ------------------------------------------------------------------------------------------

    private void requireCompany(UUID companyId) {
        if (!repository.existsById(companyId)) {
            throw ApiException.notFound("Company " + companyId);
        }
    }

    private CompanyView view(Company company) {
        List<CertificationView> certs = certifications.findByCompanyIdOrderByCreatedAt(company.id()).stream()
                .map(c -> CertificationView.of(c, today())).toList();
        return CompanyView.of(company, certs, logos.existsById(company.id()));
    }

    private void check(CompanyRequest request) {
        CompanyRules.check(request, taxonomy, regions, clock);
    }

    private Company insert(CompanyRequest request, String source, String sourceKey) {
        check(request);
        Instant now = now();
        Company saved = repository.save(fill(UUID.randomUUID(), 0L, request, source, sourceKey, false, now, now));
        outbox.changed(AGGREGATE, saved.id());
        return saved;
    }

    private Company replace(Company existing, CompanyRequest request) {
        return replace(existing, request, ContactVisibility.DEFAULT);
    }

    private Company replace(Company existing, CompanyRequest request, ContactVisibility visibilityIfUnset) {
        Company changed = fill(existing.id(), existing.version(), request, existing.source(), existing.sourceKey(),
                existing.verified(), existing.createdAt(), now(), visibilityIfUnset);
        Company saved = repository.update(changed);
        outbox.changed(AGGREGATE, saved.id());
        return repository.findById(saved.id()).orElseThrow();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Company fill(UUID id, Long version, CompanyRequest r, String source, String sourceKey,
                                boolean verified, Instant createdAt, Instant updatedAt) {
        return fill(id, version, r, source, sourceKey, verified, createdAt, updatedAt, ContactVisibility.DEFAULT);
    }

    /** {@code visibilityIfUnset}: the audiences of the contact details when the request names none. */
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
