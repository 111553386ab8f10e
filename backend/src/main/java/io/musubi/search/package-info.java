/**
 * Full-text search in Elasticsearch over profiles, needs and capacity listings in ja, zh and en, with facets and
 * suggestions ({@code GET /api/search}, {@code GET /api/suggest}, and {@code POST /api/admin/search/rebuild} for
 * admins). It owns the indices {@code companies}, {@code needs} and {@code capacities} (aliases under the configured
 * prefix, each pointing at a versioned index) and no table: it consumes {@code platform.outbox} through the
 * {@code Indexer} and never writes the database otherwise. It knows no feature's tables: each feature implements
 * {@code SearchDocumentSource} (aggregate type, index, documents by id, all documents for a rebuild), and mappings,
 * analyzers, synonyms and intent words are files of search-config ({@code search/index-templates}, {@code mappings},
 * {@code component-templates}, {@code intents}), not Java. Other features use {@code ListingSearch} (search, and
 * ranking companies by text), {@code RecentHits} (many searches at once for what changed since a moment: saved
 * searches' alerts), {@code NewRecords} (open records in creation order: the new-matches digest), {@code SearchIndexes}, {@code ListingFields} (writes the fields every searchable record
 * shares), {@code ListingDocument} (reads them back, typed), and the query vocabulary that search and recommendations
 * share: {@code SearchFields} (fields and weights), {@code TermQueries} (how a taxonomy term widens a query),
 * {@code OpenRecords} (the one rule for which needs and listings are still open) and {@code SearchFailures} (what a
 * failed Elasticsearch call means to the caller). Inside, {@code ListingSearch} composes {@code TextMatching} (the
 * user's words), {@code SearchFilters} and {@code Facets}, {@code Highlights} and {@code SearchRequestRules}. User text
 * goes only into {@code multi_match} queries, never a query-string parser, and highlights come back as segments,
 * never HTML.
 */
package io.musubi.search;
