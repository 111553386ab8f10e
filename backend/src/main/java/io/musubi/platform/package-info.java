/**
 * Shared plumbing that every feature may use and that knows no feature ({@code ArchitectureTest}): features plug into
 * it, never the other way round. This package holds the {@code java.time.Clock} bean ({@code Clocks}: features read
 * "now" from it, never from the system clock, and tests replace it with a movable one), {@code Sql} (plain SQL with
 * typed parameters, run inside the caller's transaction), the CSV helpers every import and export uses
 * ({@code CsvFiles} reads UTF-8 or Shift_JIS, {@code CsvWriter} and {@code CsvCells} neutralise formula cells),
 * {@code Strings} (tidying of user-entered terms). Its subpackages hold the error shape ({@code error}), HTTP filters,
 * health and the React app's {@code index.html} for its own addresses ({@code http}), texts in three languages ({@code i18n}), the mail outbox ({@code mail}), the search outbox
 * ({@code outbox}) and authentication helpers ({@code security}).
 */
package io.musubi.platform;
