/**
 * {@code Localized}, a text in the platform's three languages ({@code {ja, zh, en}}, null where a language has none),
 * as used in profiles, needs, listings, events, taxonomy labels and recommendation reasons. It is the API's shape for
 * every multilingual text, so the UI picks the reader's language and falls back to the others. Mail texts in three
 * languages live in {@code platform.mail}'s catalogues; the UI's own texts live in the frontend's {@code src/lib/i18n}
 * catalogues.
 */
package io.musubi.platform.i18n;
