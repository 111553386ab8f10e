package io.musubi.bulk;

import io.musubi.company.CompanyService;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Profiles as CSV in the import template's columns, so an export can be edited and imported back. */
@Singleton
class CompanyExport {
    private final CompanyService companies;

    CompanyExport(CompanyService companies) {
        this.companies = companies;
    }

    String csv() throws IOException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // spreadsheets open UTF-8 with a BOM correctly
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CompanyCsv.TEMPLATE.toArray(String[]::new))
                .get().print(out)) {
            companies.forEachProfile(500, (key, view) -> {
                try {
                    printer.printRecord(CompanyCsv.row(key, view));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return out.toString();
    }
}
