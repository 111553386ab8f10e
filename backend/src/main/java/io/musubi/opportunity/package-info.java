/**
 * Large firms' needs and idle-capacity listings of either side ({@code /api/needs}, {@code /api/capacities}). It owns
 * the tables {@code need} and {@code capacity} and their search documents ({@code needs} and {@code capacities}
 * indices, built by {@code OpportunitySearchDocuments}). Other features use {@code NeedService} and
 * {@code CapacityService} (reads such as {@code row}, and the aggregate names for the outbox) and the records
 * {@code Need}, {@code Capacity}, {@code Status}, {@code Texts} and {@code CompanyRef}; the package depends on
 * {@code company} (the owner's summary), {@code taxonomy} and {@code search} (the shared listing fields). Only
 * large-firm members post needs, any member posts listings for its own company, and admins may act for any. An
 * anonymous need hides its company on every read and in its search document; every write stores the row and an outbox
 * entry in one transaction, with optimistic versions; date rules are pure ({@code OpportunityRules}), the other
 * checks of a request are {@code OpportunityChecks}. {@code NeedDeadlineReminders} notifies a firm a week before the
 * deadline of an open need.
 */
package io.musubi.opportunity;
