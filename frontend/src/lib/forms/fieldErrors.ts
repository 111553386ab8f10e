import { ApiError, type FieldError } from '../api-client';

/**
 * Field errors, from client-side checks or the API's 400 `errors[]`, placed next to inputs.
 * A form names the paths it can show errors at (its "slots", e.g. `names.ja`, `capital.amount`,
 * `equipment[1].count`); an error goes to its own path's slot, else to the nearest enclosing one
 * (`technologies[2]` → `technologies`), else it is left for the form's summary.
 */

/** `$.names`, `body.names`, `equipment.1.count` → `names`, `names`, `equipment[1].count`. */
export function normalizePath(path: string | null | undefined): string {
  return (path ?? '')
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/^(body|request)\./, '')
    .replace(/\.(\d+)(?=\.|\[|$)/g, '[$1]');
}

/** The enclosing path: `equipment[1].count` → `equipment[1]` → `equipment` → '' (none). */
export function parentPath(path: string): string {
  if (path.endsWith(']')) return path.slice(0, path.lastIndexOf('['));
  const dot = path.lastIndexOf('.');
  const bracket = path.lastIndexOf('[');
  const cut = Math.max(dot, bracket);
  if (cut < 0) return '';
  return path.slice(0, cut);
}

/** A DOM id for a path's input: `equipment[1].count` → `field-equipment-1-count`. */
export function fieldId(path: string): string {
  return `field-${normalizePath(path).replace(/[[\].]+/g, '-').replace(/-+$/, '')}`;
}

/** The slot an error at `path` is shown in, or null when the form has none for it. */
export function slotFor(path: string, slots: ReadonlySet<string>): string | null {
  let current = normalizePath(path);
  while (current) {
    if (slots.has(current)) return current;
    current = parentPath(current);
  }
  return null;
}

export interface PlacedErrors {
  /** The errors to show at a slot (empty when none). */
  at(slot: string): FieldError[];
  /** Errors no slot claims: the form lists them above its buttons. */
  unplaced: FieldError[];
  count: number;
}

export function placeErrors(errors: readonly FieldError[], slots: Iterable<string>): PlacedErrors {
  const slotSet = new Set(slots);
  const bySlot = new Map<string, FieldError[]>();
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const slot = slotFor(error.field, slotSet);
    if (slot === null) unplaced.push(error);
    else bySlot.set(slot, [...(bySlot.get(slot) ?? []), error]);
  }
  return { at: (slot) => bySlot.get(slot) ?? [], unplaced, count: errors.length };
}

/** A client-side problem in the API's shape, so both kinds are shown alike. */
export function clientError(field: string, code: string, message = ''): FieldError {
  return { field, code, message };
}

/**
 * A failed call as problems: the API's field errors, else one general problem under its error code (`conflict`,
 * `forbidden`, `last_owner`, …, shown through the `errors.*` catalogue) or `network` when no answer came.
 * `codes` renames a code where the caller has its own words for it (`{last_owner: 'last_owner_leave'}`).
 */
export function failureErrors(error: unknown, codes: Readonly<Record<string, string>> = {}): FieldError[] {
  if (error instanceof ApiError && error.errors.length > 0) return error.errors;
  if (error instanceof ApiError) return [clientError('', codes[error.code] ?? error.code, error.message)];
  return [clientError('', 'network', error instanceof Error ? error.message : '')];
}

/**
 * What a failed save means for a form: a 409 (bare, or `stale` on `version`) is someone else's newer version
 * (`conflict`); anything else is what {@link failureErrors} makes of it.
 */
export function problemsOf(error: unknown): { conflict: boolean; errors: FieldError[] } {
  if (error instanceof ApiError && error.status === 409) {
    const stale = error.errors.length === 0 || error.errors.some((e) => e.code === 'stale' || e.field === 'version');
    if (stale) return { conflict: true, errors: [] };
  }
  return { conflict: false, errors: failureErrors(error) };
}
