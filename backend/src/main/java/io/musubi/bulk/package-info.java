/**
 * CSV import and export of company profiles ({@code POST /api/imports}, {@code GET /api/imports/{id}},
 * {@code GET /api/companies/export.csv}). It owns the {@code import_job} table (an import's progress and its rejected
 * rows with line, column and problem) and exposes nothing to other features. {@code CompanyCsv} parses METI's
 * company300 list and Musubi's template (docs/import-template.csv, the columns the export writes) as pure logic; rows
 * are written through {@code company.CompanyImports.importBatch}, so imported profiles pass the same rules and get
 * their outbox entries like any other write. Imports run in the background one at a time per instance, in chunks of one
 * transaction each; admins and organisers import, and only admins may update a profile by its id. CSV cells go through
 * {@code platform.CsvFiles} and {@code platform.CsvWriter}, which neutralise formula cells.
 */
package io.musubi.bulk;
