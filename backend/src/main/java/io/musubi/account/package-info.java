/**
 * Accounts: sign-up, e-mail confirmation, login with throttling, logout, password change and reset, settings and
 * deleting one's account ({@code /api/auth/*}, {@code /api/account}). It owns {@code app_user} and the tables of its
 * safeguards ({@code login_delay}, {@code attempt_window}, {@code email_confirmation}, {@code password_reset}), and the
 * filter {@code RevokedTokens} that refuses tokens older than the user's token version. Other features use
 * {@code AccountService} (sign-up, sessions, display names), {@code Memberships} (who belongs to which company, with
 * the team lock), {@code ConfirmedSenders} (the gate before writing to another company), {@code AttemptWindows}
 * (per-client limits shared by every instance) and {@code AccountDeletion} (also the password check before a
 * destructive request), which publishes {@code AccountDeleted} so features that keep data about a user remove it
 * themselves; SQL of other features that shows users' names joins the read view {@code user_directory} (migration
 * V11), never {@code app_user}; it depends on {@code company} only to create the company a person signs up for. Limits live in
 * PostgreSQL so every instance counts the same; mailed links store only the SHA-256 of their token, and answers to
 * sign-up and reset requests are the same whether or not an address is registered.
 */
package io.musubi.account;
