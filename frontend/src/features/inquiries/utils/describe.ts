import type { Localized } from '@/lib/types';
import { pickText } from '@/utils/pickName';

/**
 * docs/API.md gives the inbox's `subject` and `counterpart` by name only. Read tolerantly:
 * a string is the text itself; an object's `titles` or `names` (Localized), or its `title` / `name`, is its text;
 * a subject's `type` (or `subjectType`) says whether it is a company, need or capacity listing.
 */
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

function textOf(value: unknown, language: string): string | null {
  if (typeof value === 'string') return value || null;
  if (!isObject(value)) return null;
  for (const key of ['titles', 'names', 'title', 'name', 'label', 'labels']) {
    const candidate = value[key];
    if (typeof candidate === 'string' && candidate) return candidate;
    if (isObject(candidate)) {
      const picked = pickText(candidate as Partial<Localized>, language);
      if (picked) return picked;
    }
  }
  return null;
}

/** COMPANY / NEED / CAPACITY, if the subject says. */
export function subjectType(subject: unknown): string | null {
  if (!isObject(subject)) return null;
  const type = subject.type ?? subject.subjectType ?? subject.kind;
  return typeof type === 'string' ? type.toUpperCase() : null;
}

export function subjectTitle(subject: unknown, language: string): string | null {
  return textOf(subject, language);
}

/** The other company's name; null while it is hidden (an anonymous need before the firm replies). */
export function counterpartName(counterpart: unknown, language: string): string | null {
  return textOf(counterpart, language);
}

/** The unread count, whether the API sends a number or a flag. */
export function unreadCount(unread: number | boolean | null | undefined): number {
  if (typeof unread === 'number') return unread;
  return unread ? 1 : 0;
}

/** Where the subject lives in the UI, when the subject tells its type and id. */
export function subjectLink(subject: unknown): string | null {
  if (!isObject(subject) || typeof subject.id !== 'string') return null;
  const base = { COMPANY: '/companies', NEED: '/needs', CAPACITY: '/capacities' }[subjectType(subject) ?? ''];
  return base ? `${base}/${encodeURIComponent(subject.id)}` : null;
}
