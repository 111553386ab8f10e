/**
 * Coordinators' introductions of two companies, optionally about a need, followed up through the statuses INTRODUCED,
 * MEETING_HELD, NEGOTIATING, DEAL and NO_FIT ({@code /api/introductions}, with {@code /{id}/status} and
 * {@code /{id}/consent}). It owns the tables {@code introduction} and {@code introduction_event} (the history of status
 * changes) and exposes nothing to other features; it reads companies through {@code company.CompanyService}, needs
 * through {@code opportunity.NeedService} and names through {@code account.AccountService}. Coordinators and admins
 * create and move introductions, a coordinator only their own; the two companies read theirs. An introduction about an
 * anonymous need names the firm to the SME only after the firm accepts, in the notifications of each step
 * ({@code IntroductionNotices}) as on the page.
 */
package io.musubi.introduction;
