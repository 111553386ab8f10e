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
 * What a failed save means for a form: a 409 (bare, or `stale` on `version`) is someone else's newer version
 * (`conflict`); a 4xx with
 * `errors[]` are field problems; anything else is one general problem under its error code (or `network`).
 */
export function problemsOf(error: unknown): { conflict: boolean; errors: FieldError[] } {
  if (error instanceof ApiError) {
    const stale = error.errors.length === 0 || error.errors.some((e) => e.code === 'stale' || e.field === 'version');
    if (error.status === 409 && stale) return { conflict: true, errors: [] };
    if (error.errors.length > 0) return { conflict: false, errors: error.errors };
    return { conflict: false, errors: [clientError('', error.code, error.message)] };
  }
  return { conflict: false, errors: [clientError('', 'network', error instanceof Error ? error.message : '')] };
}
