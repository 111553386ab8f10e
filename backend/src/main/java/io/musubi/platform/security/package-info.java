/**
 * Who is asking, and what a production start must not allow. {@code Actor} is the signed-in user a request acts for
 * (user id, {@code Role}, company), read from the verified token with {@code Actor.of(authentication)}; its
 * {@code require*} checks throw the API's 401/403. {@code Role} lists SME and large-firm members, unaffiliated
 * accounts, coordinators, organisers and admins. {@code AdminToken} is the operator's {@code X-Admin-Token},
 * {@code ClientAddress} the client's address for per-client limits (honouring {@code X-Forwarded-For} only from trusted
 * proxies), and {@code LinkTokens} the random secrets of mailed links, of which only the SHA-256 is stored.
 * {@code ProductionSettingsCheck} refuses to start outside the dev and test environments with insecure settings
 * ({@code ProductionSettings} holds the rules as pure code).
 */
package io.musubi.platform.security;
