package io.musubi.event;

import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.CsvFiles;
import io.musubi.company.CompanyService;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Participants from an exhibitor list (CSV): each row names a company already on Musubi (id, source key or exact
 * name in any language) and its registration. Good rows are registered (or updated), bad rows are reported.
 */
@Singleton
public class ParticipantImport {
    static final List<String> HEADER = List.of("company", "role", "offers", "seeks", "max_meetings",
            "unavailable_slots");
    static final int MAX_ROWS = 5000;

    private final CompanyService companies;
    private final EventService events;
    private final Participants participants;

    ParticipantImport(CompanyService companies, EventService events, Participants participants) {
        this.companies = companies;
        this.events = events;
        this.participants = participants;
    }

    @Serdeable
    public record Problem(long row, String field, String code, String message) {
    }

    @Serdeable
    public record Result(int created, int updated, int rejected, List<Problem> problems) {
    }

    Result run(Actor actor, UUID eventId, byte[] content) {
        FairEvent event = events.require(eventId);
        events.requireManager(actor, eventId);
        String text = CsvFiles.decode(content);
        int created = 0;
        int updated = 0;
        int rejected = 0;
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            List<String> missing = HEADER.subList(0, 2).stream().filter(h -> !parser.getHeaderMap().containsKey(h))
                    .toList();
            if (!missing.isEmpty()) {
                throw ApiException.invalid("file", "header", "needs the columns " + HEADER + "; missing " + missing);
            }
            Map<String, Integer> columns = CsvFiles.Row.columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                CsvFiles.Row row = new CsvFiles.Row(record, columns);
                long line = record.getRecordNumber() + 1;
                if (record.getRecordNumber() > MAX_ROWS) {
                    throw ApiException.invalid("file", "too_long", "has more than " + MAX_ROWS + " rows");
                }
                List<Problem> rowProblems = new ArrayList<>();
                String companyText = row.cell("company");
                List<CompanyService.Summary> companies = companyText == null ? List.of()
                        : this.companies.findByReference(companyText);
                if (companyText == null) {
                    rowProblems.add(new Problem(line, "company", "required", "names a company"));
                } else if (companies.isEmpty()) {
                    rowProblems.add(new Problem(line, "company", "unknown", "no company on Musubi is called "
                            + companyText + "; import the company first"));
                } else if (companies.size() > 1) {
                    rowProblems.add(new Problem(line, "company", "ambiguous", companies.size() + " companies are "
                            + "called " + companyText + "; use the company's id"));
                }
                Integer cap = null;
                String capText = row.cell("max_meetings");
                if (capText != null) {
                    try {
                        cap = Integer.valueOf(capText);
                    } catch (NumberFormatException e) {
                        rowProblems.add(new Problem(line, "max_meetings", "invalid_type", "must be a whole number"));
                    }
                }
                List<Integer> unavailable = new ArrayList<>();
                String slots = row.cell("unavailable_slots");
                if (slots != null) {
                    for (String s : slots.split("[;\\s]+")) {
                        try {
                            unavailable.add(Integer.valueOf(s));
                        } catch (NumberFormatException e) {
                            rowProblems.add(new Problem(line, "unavailable_slots", "invalid_type",
                                    "must be slot numbers separated by ';'"));
                            break;
                        }
                    }
                }
                if (rowProblems.isEmpty()) {
                    CompanyService.Summary company = companies.get(0);
                    String role = row.cell("role");
                    try {
                        boolean isNew = participants.importRow(event, company.id(), company.kind(),
                                new ParticipantRequest(null,
                                        role == null ? null : role.toUpperCase(java.util.Locale.ROOT),
                                        row.cell("offers"), row.cell("seeks"), cap, unavailable, null));
                        if (isNew) {
                            created++;
                        } else {
                            updated++;
                        }
                    } catch (ApiException e) {
                        e.toError().errors().forEach(f -> rowProblems.add(new Problem(line, column(f.field()),
                                f.code(), f.message())));
                    }
                }
                if (!rowProblems.isEmpty()) {
                    rejected++;
                    problems.addAll(rowProblems);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw ApiException.invalid("file", "malformed", "is not a readable CSV file: " + e.getMessage());
        }
        return new Result(created, updated, rejected, problems);
    }

    private static String column(String field) {
        return switch (field.replaceAll("\\[.*", "")) {
            case "maxMeetings" -> "max_meetings";
            case "unavailableSlots" -> "unavailable_slots";
            default -> field.replaceAll("\\[.*", "");
        };
    }
}
