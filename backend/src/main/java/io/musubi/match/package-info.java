/**
 * Recommendations with reasons: suppliers for a need, needs and listings for a company, likely users for a capacity
 * listing ({@code GET /api/recommendations?for=need:{id}|company:{id}|capacity:{id}}), and users' verdicts on them
 * ({@code POST /api/recommendations/feedback}, table {@code match_feedback}). Scores come from Elasticsearch queries
 * over the search indices (text, taxonomy overlap, certificates, regions, SME class, designations, verification), the
 * "used by" relations of {@code taxonomy.Uses} and the feedback of both sides; each result carries its reasons in ja,
 * zh and en ({@code Reasons}, pure). {@code MatchService} orchestrates: {@code Subjects} reads what a recommendation is
 * for, {@code Candidates} builds the query from search's shared vocabulary ({@code SearchFields.RECOMMENDATION},
 * {@code TermQueries}, {@code OpenRecords}) and reads hits as {@code ListingDocument}s, {@code ResourceUse} and
 * {@code StatedNeeds} bring the users of a listing. {@code FeedbackOfDeletedAccounts} removes a deleted account's
 * verdicts ({@code platform.security.AccountDeleted}).
 * {@code MatchAlerts} makes the new-matches digest (NEW_OPPORTUNITIES, NEW_SUPPLIERS) once a day from the records
 * created since its last run ({@code search.NewRecords}), asking the recommender from the new record's side.
 * It exposes {@code MatchService} ({@code recommend}, {@code partnersAmong}, used by
 * {@code event} to suggest meetings) and depends on {@code search}, {@code company}, {@code opportunity},
 * {@code notification} and {@code taxonomy}. Recommendations are for the record's own company and for staff (coordinators, organisers, admins);
 * an anonymous need is recommended without its firm, since its search document carries none.
 */
package io.musubi.match;
