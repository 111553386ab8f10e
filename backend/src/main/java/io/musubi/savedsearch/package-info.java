/**
 * Saved searches with alerts ({@code /api/saved-searches}, table {@code saved_search}): a user keeps any search — its
 * query string, the parameters of {@code GET /api/search} — under a name, and {@code SavedSearchAlerts} runs it every
 * day or week and tells the owner how many hits are new (a SAVED_SEARCH notification, by default in the daily digest).
 * Depends on {@code search} (to run it) and {@code notification}; {@code SearchQueries} reads a query string (pure).
 */
package io.musubi.savedsearch;
