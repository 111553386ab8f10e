package io.musubi.bulk;

import io.micronaut.transaction.TransactionOperations;
import io.musubi.company.CompanyRequest;
import io.musubi.company.CompanyImports;
import io.musubi.platform.CsvFiles;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.error.Violations;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.Clock;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports companies from CSV in the background: the file is read and checked up front, then valid rows are
 * written in chunks (one transaction each, with the job's progress), bad rows are reported with their line, column
 * and problem. A row's key (template: the key column; company300: name and prefecture) makes re-imports update
 * instead of duplicating. Imports run one at a time.
 */
@Singleton
class BulkImports {
    private final Clock clock;
    static final int MAX_ROWS = 50_000;
    static final int CHUNK = 250;
    private static final Logger LOG = LoggerFactory.getLogger(BulkImports.class);

    private final ImportJobRepository jobs;
    private final CompanyImports companies;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Validator validator;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "musubi-import");
        thread.setDaemon(true);
        return thread;
    });

    BulkImports(ImportJobRepository jobs, CompanyImports companies, Taxonomy taxonomy, Regions regions,
                Validator validator, TransactionOperations<Connection> transactions, Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.companies = companies;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.validator = validator;
        this.transactions = transactions;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    ImportJob start(Actor actor, String fileName, byte[] content) {
        actor.requireRole(Role.ADMIN, Role.ORGANISER);
        String text = CsvFiles.decode(content);
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            header = parser.getHeaderNames();
            records = firstRecords(parser, MAX_ROWS + 1);
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalid("file", "malformed_csv", "is not a readable CSV file: " + e.getMessage());
        }
        CompanyCsv.Format format = CompanyCsv.detect(header);
        if (format == null) {
            throw ApiException.invalid("file", "unknown_format", "needs the columns of company300.csv (name, pref, "
                    + "category, url) or of the import template (" + String.join(", ", CompanyCsv.TEMPLATE) + ")");
        }
        if (records.size() > MAX_ROWS) {
            throw ApiException.invalid("file", "too_many_rows", "must have at most " + MAX_ROWS + " rows");
        }
        ImportJob job = jobs.save(new ImportJob(UUID.randomUUID(), actor.userId(), fileName, format.name(),
                "RUNNING", records.size(), 0, 0, 0, 0, 0, List.of(), now(), null));
        // the parser ignores header case, so do the cells
        Map<String, Integer> columns = CsvFiles.Row.columns(header.stream()
                .map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList());
        boolean updateById = actor.isAdmin();
        worker.submit(() -> run(job, format, records, columns, updateById));
        return job;
    }

    /** Reads no further than {@code limit} records, so an oversize file is refused without parsing all of it. */
    private static List<CSVRecord> firstRecords(CSVParser parser, int limit) {
        List<CSVRecord> records = new ArrayList<>();
        for (java.util.Iterator<CSVRecord> rows = parser.iterator(); rows.hasNext() && records.size() < limit; ) {
            records.add(rows.next());
        }
        return records;
    }

    Optional<ImportJob> find(Actor actor, UUID id) {
        actor.requireRole(Role.ADMIN, Role.ORGANISER);
        return jobs.findById(id);
    }

    private void run(ImportJob started, CompanyCsv.Format format, List<CSVRecord> records,
                     Map<String, Integer> columns, boolean updateById) {
        long begin = System.nanoTime();
        ImportJob job = started;
        List<ImportJob.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        try {
            for (int from = 0; from < records.size(); from += CHUNK) {
                List<CSVRecord> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
                List<Valid> valid = new ArrayList<>();
                for (CSVRecord record : chunk) {
                    int line = (int) record.getRecordNumber() + 1;
                    List<ImportJob.Problem> rowProblems = check(format, new CsvFiles.Row(record, columns), line,
                            seen, valid);
                    if (!rowProblems.isEmpty()) {
                        problems.addAll(rowProblems);
                        rejected++;
                    }
                }
                int[] counts = new int[CompanyImports.Outcome.values().length];
                int processed = Math.min(records.size(), from + CHUNK);
                ImportJob progress = job;
                int c0 = created;
                int u0 = updated;
                int n0 = unchanged;
                int r0 = rejected;
                job = transactions.executeWrite(status -> {
                    List<CompanyImports.ImportResult> results = companies.importBatch(source(format), valid.stream()
                            .map(v -> new CompanyImports.ImportRow(v.key(), v.request())).toList(), updateById);
                    for (int i = 0; i < results.size(); i++) {
                        CompanyImports.ImportResult result = results.get(i);
                        counts[result.outcome().ordinal()]++;
                        if (result.problem() != null) {
                            problems.add(new ImportJob.Problem(valid.get(i).line(), result.problem().field(),
                                    result.problem().code(), result.problem().message()));
                        }
                    }
                    int refused = counts[CompanyImports.Outcome.REFUSED.ordinal()];
                    return jobs.update(new ImportJob(progress.id(), progress.startedBy(), progress.fileName(),
                            progress.format(), "RUNNING", progress.total(), processed, c0 + counts[0],
                            u0 + counts[1], n0 + counts[2], r0 + refused, List.copyOf(problems),
                            progress.startedAt(), null));
                });
                created += counts[0];
                updated += counts[1];
                unchanged += counts[2];
                rejected += counts[CompanyImports.Outcome.REFUSED.ordinal()];
            }
            job = jobs.update(new ImportJob(job.id(), job.startedBy(), job.fileName(), job.format(), "DONE",
                    job.total(), job.total(), created, updated, unchanged, rejected, List.copyOf(problems),
                    job.startedAt(), now()));
            LOG.info("Import {}: {} rows in {} ms ({} created, {} updated, {} unchanged, {} rejected)", job.id(),
                    job.total(), (System.nanoTime() - begin) / 1_000_000, created, updated, unchanged, rejected);
        } catch (RuntimeException e) {
            LOG.error("Import {} failed", job.id(), e);
            problems.add(new ImportJob.Problem(0, "file", "failed", "The import stopped: " + e.getMessage()));
            jobs.update(new ImportJob(job.id(), job.startedBy(), job.fileName(), job.format(), "FAILED",
                    job.total(), job.processed(), job.created(), job.updated(), job.unchanged(), job.rejected(),
                    List.copyOf(problems), job.startedAt(), now()));
        }
    }

    private record Valid(int line, String key, CompanyRequest request) {
    }

    private List<ImportJob.Problem> check(CompanyCsv.Format format, CsvFiles.Row row, int line, Set<String> seen,
                                          List<Valid> valid) {
        CSVRecord record = row.record();
        if (!record.isConsistent()) {
            return List.of(new ImportJob.Problem(line, "row", "column_count",
                    "has " + record.size() + " cells; the header has a different number"));
        }
        CompanyCsv.Parsed parsed = CompanyCsv.parse(format, row, line, taxonomy, regions);
        List<ImportJob.Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.request() != null && problems.isEmpty()) {
            List<FieldError> errors = new ArrayList<>(Violations.of(validator.validate(parsed.request())));
            if (errors.isEmpty()) {
                errors.addAll(companies.problems(parsed.request()));
            }
            for (FieldError error : errors) {
                problems.add(new ImportJob.Problem(line, CompanyCsv.column(format, error.field()), error.code(),
                        error.message()));
            }
        }
        if (problems.isEmpty() && !seen.add(parsed.key())) {
            problems.add(new ImportJob.Problem(line, format == CompanyCsv.Format.TEMPLATE ? "key" : "name",
                    "duplicate", "appears earlier in this file"));
        }
        if (problems.isEmpty()) {
            valid.add(new Valid(line, parsed.key(), parsed.request()));
        }
        return problems;
    }

    static String source(CompanyCsv.Format format) {
        // company300 rows share the demo data's source, so importing METI's list again finds the same companies
        return format == CompanyCsv.Format.COMPANY300 ? "company300" : "import";
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
