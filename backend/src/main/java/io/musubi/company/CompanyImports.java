package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Profiles from import sources (CSV/XLSX imports, demo data), found again by their key in the source, so importing
 * the same rows again changes nothing.
 */
@Singleton
public class CompanyImports {
    private final CompanyRepository repository;
    private final ProfileWrites writes;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Clock clock;

    CompanyImports(CompanyRepository repository, ProfileWrites writes, Taxonomy taxonomy, Regions regions,
                   Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.clock = clock;
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

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

    /** The checks a profile must pass, without writing: for importers that report every row's problems. */
    public List<FieldError> problems(CompanyRequest request) {
        return CompanyRules.problems(request, taxonomy, regions, clock);
    }

    public Optional<UUID> idFromSource(String source, String sourceKey) {
        return repository.findBySourceAndSourceKey(source, sourceKey).map(Company::id);
    }

    public boolean existsFromSource(String source, String sourceKey) {
        return repository.findBySourceAndSourceKey(source, sourceKey).isPresent();
    }

    /** Creates or updates the profile that an import source knows under {@code sourceKey}. */
    @Transactional
    public Outcome upsertFromSource(String source, String sourceKey, CompanyRequest request) {
        Optional<Company> existing = repository.findBySourceAndSourceKey(source, sourceKey);
        if (existing.isEmpty()) {
            writes.insert(request, source, sourceKey);
            return Outcome.CREATED;
        }
        writes.check(request);
        if (ProfileWrites.sameContent(existing.get(), request, ContactVisibility.DEFAULT)) {
            return Outcome.UNCHANGED;
        }
        writes.replace(existing.get(), request);
        return Outcome.UPDATED;
    }

    /**
     * Imports a batch of checked rows in one transaction: one query finds the rows already there, new profiles go in
     * with one batch insert and one outbox statement. An import updates only profiles that imports created (found by
     * their source key); a key that is an exported id updates that profile only when {@code updateById} (admins).
     * An import never changes a profile's kind, verified badge or certificates. Returns each row's result, in order.
     */
    @Transactional
    public List<ImportResult> importBatch(String source, List<ImportRow> rows, boolean updateById) {
        Map<String, Company> existing = new HashMap<>();
        repository.findBySourceAndSourceKeyIn(source, rows.stream().map(ImportRow::key).toList())
                .forEach(c -> existing.put(c.sourceKey(), c));
        Map<String, Company> byExportedId = new HashMap<>();
        List<UUID> exportedIds = rows.stream().filter(r -> !existing.containsKey(r.key()))
                .map(r -> exportedId(r.key())).flatMap(Optional::stream).toList();
        if (!exportedIds.isEmpty()) {
            repository.findByIdIn(exportedIds).forEach(c -> byExportedId.put(c.id().toString(), c));
        }
        Instant now = writes.now();
        List<Company> inserts = new ArrayList<>();
        List<ImportResult> results = new ArrayList<>();
        for (ImportRow row : rows) {
            writes.check(row.request());
            Company found = existing.get(row.key());
            if (found == null && byExportedId.containsKey(row.key())) {
                if (!updateById) {
                    results.add(ImportResult.refused("key", "not_imported", "is the id of a profile that no import "
                            + "created; only admins may update a profile by its id"));
                    continue;
                }
                found = byExportedId.get(row.key());
            }
            results.add(found == null ? add(inserts, ProfileWrites.newRow(row.request(), source, row.key(), now))
                    : update(found, row.request()));
        }
        writes.insertAll(inserts);
        return results;
    }

    private static ImportResult add(List<Company> inserts, Company row) {
        inserts.add(row);
        return ImportResult.CREATED;
    }

    private ImportResult update(Company found, CompanyRequest request) {
        if (request.kind() != found.kind()) {
            return ImportResult.refused("kind", "immutable", "is " + found.kind() + " for this profile; an "
                    + "import does not change it");
        }
        if (ProfileWrites.sameContent(found, request, found.contactVisibility())) {
            return ImportResult.UNCHANGED;
        }
        writes.replace(found, request, found.contactVisibility());
        return ImportResult.UPDATED;
    }

    /** An export row's key is the profile's id when it was not imported with a key of its own. */
    private static Optional<UUID> exportedId(String key) {
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
