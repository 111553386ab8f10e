package io.musubi.bulk;

import io.musubi.company.ProfilePages;
import jakarta.inject.Singleton;
import io.musubi.platform.CsvWriter;

/** Profiles as CSV in the import template's columns, so an export can be edited and imported back. */
@Singleton
class CompanyExport {
    private final ProfilePages companies;

    CompanyExport(ProfilePages companies) {
        this.companies = companies;
    }

    String csv() {
        CsvWriter csv = CsvWriter.forSpreadsheets(CompanyCsv.TEMPLATE);
        companies.forEachProfile(500, (key, view) -> csv.row(CompanyCsv.row(key, view)));
        return csv.text();
    }
}
