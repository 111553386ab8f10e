/**
 * Leaving with one's data, and deleting a company: {@code GET /api/account/export} ({@code DataExport}: one JSON
 * document with the account and, for owners, everything the company stored) and {@code DELETE /api/companies/{id}}
 * ({@code CompanyDeletion}: owners or admins, with the password given again). It owns no table; its SQL reaches across
 * every feature's tables on purpose, because an export or a deletion must cover them all. A deleted company's rows go
 * through the schema's cascades (migration V10) and its profile, needs and listings leave the index through the outbox;
 * members stay as accounts without a company ({@code account.Memberships}). A new table that holds a company's or a
 * person's data must be added to {@code DataExport} and must leave with the company (a cascade or a step in
 * {@code CompanyDeletion}).
 */
package io.musubi.lifecycle;
