/**
 * A company's team: its members and their roles, and invitations to join ({@code /api/companies/{companyId}/members},
 * {@code /api/companies/{companyId}/invitations}, and the invitation link's page {@code /api/invitations/{token}}). It
 * owns the {@code invitation} table; membership itself (the company columns of {@code app_user}) is changed through
 * {@code account.Memberships}, and new or joining accounts through {@code account.AccountService}. Owners invite,
 * change roles, remove members and hand ownership over; anyone may leave; a company always keeps an owner, and every
 * change ends the changed account's tokens. An invitation is a mail (template {@code invitation}, posted through
 * {@code platform.mail.Mailbox} in the same transaction) whose link is valid for 7 days and used once, at most 50 a day
 * per company. No other feature depends on this package.
 */
package io.musubi.team;
