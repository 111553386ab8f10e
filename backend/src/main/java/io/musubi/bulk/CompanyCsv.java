package io.musubi.bulk;

import io.micronaut.core.annotation.Nullable;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyRequest;
import io.musubi.company.CompanyView;
import io.musubi.platform.CsvFiles;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The two CSV formats companies are imported from, as plain logic: METI's company300 list (name, pref, category,
 * url) and Musubi's template (docs/import-template.csv, the same columns the export writes). Parsing a row gives a
 * profile request or the problems of its cells; the service validates the request like any other write.
 */
final class CompanyCsv {
    static final List<String> COMPANY300 = List.of("name", "pref", "category", "url");
    static final List<String> TEMPLATE = List.of("key", "kind", "name_ja", "name_zh", "name_en", "headline_ja",
            "headline_zh", "headline_en", "description_ja", "description_zh", "description_en", "industry", "country",
            "region", "capital_amount", "capital_currency", "employees", "founded_year", "website", "contact_person",
            "contact_email", "contact_phone", "technologies", "free_terms", "products", "materials",
            "srdi_provincial_year", "little_giant_year");
    static final String LIST_SEPARATOR = ";";

    enum Format { COMPANY300, TEMPLATE }

    private CompanyCsv() {
    }

    /** The format a header names, or null. Extra columns are allowed; the required ones must all be there. */
    static @Nullable Format detect(List<String> header) {
        List<String> columns = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (columns.containsAll(List.of("key", "name_ja", "name_zh", "name_en", "industry", "country"))) {
            return Format.TEMPLATE;
        }
        if (columns.containsAll(List.of("name", "pref"))) {
            return Format.COMPANY300;
        }
        return null;
    }

    record Parsed(String key, @Nullable CompanyRequest request, List<ImportJob.Problem> problems) {
    }

    static Parsed parse(Format format, CsvFiles.Row row, int line, Taxonomy taxonomy, Regions regions) {
        return format == Format.COMPANY300 ? company300(row, line, regions) : template(row, line, taxonomy, regions);
    }

    private static Parsed company300(CsvFiles.Row row, int line, Regions regions) {
        String name = row.cell("name");
        String pref = row.cell("pref");
        String key = (name == null ? "" : name) + "|" + (pref == null ? "" : pref);
        List<ImportJob.Problem> problems = new ArrayList<>();
        String region = null;
        if (pref != null) {
            region = regions.resolve("JP", pref).map(Regions.Region::code).orElse(null);
            if (region == null) {
                problems.add(new ImportJob.Problem(line, "pref", "unknown", "is not a Japanese prefecture"));
            }
        }
        String url = row.cell("url");
        String category = row.cell("category");
        CompanyRequest request = new CompanyRequest(null, CompanyKind.SME, new CompanyRequest.Names(name, null, null),
                null, category == null ? null : new CompanyRequest.Descriptions(category, null, null), null,
                category == null ? null : List.of(category), null, null, null, "JP", region, "UNCLASSIFIED", null,
                null, null, url, null, null);
        return new Parsed(key, request, problems);
    }

    private static Parsed template(CsvFiles.Row row, int line, Taxonomy taxonomy, Regions regions) {
        List<ImportJob.Problem> problems = new ArrayList<>();
        String key = row.cell("key");
        if (key == null) {
            problems.add(new ImportJob.Problem(line, "key", "required", "identifies the company across imports"));
        }
        CompanyKind kind = CompanyKind.SME;
        String kindText = row.cell("kind");
        if (kindText != null) {
            try {
                kind = CompanyKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportJob.Problem(line, "kind", "unknown", "must be SME or LARGE_FIRM"));
            }
        }
        String country = row.cell("country");
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
        String region = row.cell("region");
        if (country != null && region != null) {
            region = regions.resolve(country, region).map(Regions.Region::code).orElse(region);
        }
        List<String> codes = new ArrayList<>();
        List<String> free = new ArrayList<>(list(row, "free_terms"));
        for (String word : list(row, "technologies")) {
            taxonomy.resolve(word).ifPresentOrElse(t -> {
                if (!codes.contains(t.code())) {
                    codes.add(t.code());
                }
            }, () -> free.add(word));
        }
        BigDecimal capital = decimal(row, "capital_amount", line, problems);
        String currency = row.cell("capital_currency");
        Integer employees = integer(row, "employees", line, problems);
        Integer founded = integer(row, "founded_year", line, problems);
        Integer srdi = integer(row, "srdi_provincial_year", line, problems);
        Integer giant = integer(row, "little_giant_year", line, problems);
        String person = row.cell("contact_person");
        String email = row.cell("contact_email");
        String phone = row.cell("contact_phone");
        CompanyRequest request = new CompanyRequest(null, kind,
                new CompanyRequest.Names(row.cell("name_ja"), row.cell("name_zh"), row.cell("name_en")),
                new CompanyRequest.Headlines(row.cell("headline_ja"), row.cell("headline_zh"),
                        row.cell("headline_en")),
                new CompanyRequest.Descriptions(row.cell("description_ja"), row.cell("description_zh"),
                        row.cell("description_en")),
                codes, free, list(row, "products"), list(row, "materials"), null, country, region,
                upper(row.cell("industry")),
                capital == null && currency == null ? null : new CompanyRequest.Money(capital,
                        currency == null ? null : currency.toUpperCase(Locale.ROOT)),
                employees, founded, row.cell("website"),
                person == null && email == null && phone == null ? null
                        : new CompanyRequest.Contact(person, email, phone),
                srdi == null && giant == null ? null : new CompanyRequest.Designations(srdi, giant));
        return new Parsed(key == null ? "" : key, request, problems);
    }

    /** The CSV column a request field came from ("names" → "name_ja", "capital.amount" → "capital_amount"). */
    static String column(Format format, String field) {
        String base = field.replaceAll("\\[\\d+]", "");
        if (format == Format.COMPANY300) {
            return switch (base) {
                case "names", "names.ja" -> "name";
                case "region" -> "pref";
                case "website" -> "url";
                default -> "category";
            };
        }
        return switch (base) {
            case "names" -> "name_ja";
            case "headlines" -> "headline_ja";
            case "capital" -> "capital_amount";
            case "foundedYear" -> "founded_year";
            case "freeTerms" -> "free_terms";
            case "designations.srdiProvincialYear" -> "srdi_provincial_year";
            case "designations.littleGiantYear" -> "little_giant_year";
            default -> {
                String column = base.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                        .replace("names_", "name_").replace("headlines_", "headline_")
                        .replace("descriptions_", "description_").replace("contact_", "contact_");
                yield TEMPLATE.contains(column) ? column : base;
            }
        };
    }

    /** A profile as a template row (what the export writes and the import reads back). */
    static List<String> row(String key, CompanyView c) {
        return Arrays.asList(key, c.kind(), c.names().ja(), c.names().zh(), c.names().en(), c.headlines().ja(),
                c.headlines().zh(), c.headlines().en(), c.descriptions().ja(), c.descriptions().zh(),
                c.descriptions().en(), c.industry(), c.country(), c.region(),
                c.capital() == null ? null : c.capital().amount().toPlainString(),
                c.capital() == null ? null : c.capital().currency(), text(c.employees()), text(c.foundedYear()),
                c.website(), c.contact() == null ? null : c.contact().person(),
                c.contact() == null ? null : c.contact().email(), c.contact() == null ? null : c.contact().phone(),
                String.join(LIST_SEPARATOR, c.technologies()), String.join(LIST_SEPARATOR, c.freeTerms()),
                String.join(LIST_SEPARATOR, c.products()), String.join(LIST_SEPARATOR, c.materials()),
                text(c.designations().srdiProvincialYear()), text(c.designations().littleGiantYear()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> list(CsvFiles.Row row, String column) {
        String value = row.cell(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static BigDecimal decimal(CsvFiles.Row row, String column, int line, List<ImportJob.Problem> problems) {
        String value = row.cell(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new ImportJob.Problem(line, column, "invalid_type", "must be a number"));
            return null;
        }
    }

    private static Integer integer(CsvFiles.Row row, String column, int line, List<ImportJob.Problem> problems) {
        String value = row.cell(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new ImportJob.Problem(line, column, "invalid_type", "must be a whole number"));
            return null;
        }
    }

}
